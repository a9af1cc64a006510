import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../src/review-note/define.js';
import type { CareReviewNote } from '../src/review-note/review-note.js';
import { useWarnings } from './helpers.js';

/**
 * Review dates for readers west and east of UTC: Chromium only, as the page's time zone is
 * emulated through the DevTools Protocol. A YYYY-MM-DD date names a day, the same everywhere.
 */
async function timeZone(zone: string): Promise<void> {
  await executeServerCommand('emulate-timezone', zone);
  if (zone) expect(Intl.DateTimeFormat().resolvedOptions().timeZone, 'the time zone is emulated').to.equal(zone);
}

const shown = (el: CareReviewNote) => [...el.shadowRoot!.querySelectorAll('time')].map((time) => time.textContent);

describe('review dates across time zones', () => {
  const warnings = useWarnings('body > care-review-note');
  let restoreNow = () => {};
  afterEach(async () => {
    restoreNow();
    await timeZone('');
  });

  for (const zone of ['America/Los_Angeles', 'Pacific/Auckland']) {
    it(`shows the day written, not the day before or after, in ${zone}`, async () => {
      await timeZone(zone);
      const el = await fixture<CareReviewNote>(html`<care-review-note last-reviewed="2026-11-26" next-review="2027-01-01"></care-review-note>`);
      expect(shown(el)).to.deep.equal(['November 26, 2026', 'January 1, 2027']);
    });
  }

  it('takes today in the reader’s time zone: no overdue warning on the evening of the due day, west of UTC', async () => {
    await timeZone('America/Los_Angeles');
    // 20:00 in Los Angeles on 15 June is already 16 June in UTC.
    const evening = new Date('2029-06-16T03:00:00Z').getTime();
    const now = Date.now;
    Date.now = () => evening;
    restoreNow = () => (Date.now = now);
    await fixture<CareReviewNote>(html`<care-review-note next-review="2029-06-15"></care-review-note>`);
    expect(warnings.messages).to.deep.equal([]);
  });
});
