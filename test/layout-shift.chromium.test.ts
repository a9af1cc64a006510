import { expect } from '@open-wc/testing';
import { SHIFT_OBSERVER } from '../bench/guide-page.js';
import { explain, frames, SCREENS, SITE_TYPE, STYLESHEET, total, upgrade, type Shift } from './upgrade-page.js';

/**
 * Chromium only: the Layout Instability API (`layout-shift` entries) exists only there. The whole
 * guide as a CMS writes it, the pre-upgrade stylesheet linked, the script added after the first
 * paint: the layout shift from then until every element has rendered stays under 0.05, on phones
 * and a desktop screen, at the top and at the FAQ. `pre-upgrade-layout.test.ts` checks each
 * section's place and size, in every browser.
 */

describe('layout shift of a CMS-written guide when the script arrives after first paint', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  for (const [width, height] of SCREENS) {
    for (const [where, at] of [['at the top', undefined], ['at the FAQ', 'care-faq-accordion']] as const) {
      for (const [site, type] of [['', ''], [', on a site with its own typography', SITE_TYPE]]) {
        it(`stays under 0.05 with care-elements.css, ${width}×${height}, ${where}${site}`, async () => {
          const { shifts } = await upgrade(width, height, at, STYLESHEET + type);
          expect(total(shifts), explain(shifts)).to.be.below(0.05);
        });
      }
    }
  }

  // Without this, a broken measurement would pass every test above.
  it('is measured: without the stylesheet the footer jumps when the answers collapse (desktop, at the FAQ)', async () => {
    const { shifts } = await upgrade(1280, 800, 'care-faq-accordion', '');
    expect(total(shifts), explain(shifts)).to.be.above(0.05);
  });
});

describe('layout shift of a guide that fetches its content, as in the README', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  const PAGE = `<h1>Back pain clinic</h1><p>What to know before your appointment.</p>
    <care-guide src="/dist/content/stem-cell-injection-back-pain.json">
      <care-guide-header></care-guide-header>
      <care-topic-list section="conditions"></care-topic-list>
      <care-procedure-timeline></care-procedure-timeline>
      <care-benefits-card></care-benefits-card>
      <care-risk-list variant="outlined" sort="severity"></care-risk-list>
      <care-faq-accordion toggle-all searchable></care-faq-accordion>
      <care-review-note></care-review-note>
    </care-guide>
    <footer><p>12 High Street. Call us on 555 0100.</p></footer>`;

  for (const [width, height] of SCREENS) {
    it(`stays under 0.05 from first paint until the guide has come, ${width}×${height}`, async () => {
      const frame = document.createElement('iframe');
      frame.style.cssText = `position: fixed; inset: 0 auto auto 0; inline-size: ${width}px; block-size: ${height}px; border: 0`;
      frame.srcdoc = `<!doctype html><html lang="en"><head>${SHIFT_OBSERVER}</head><body>${PAGE}</body></html>`;
      const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
      document.body.append(frame);
      await loaded;
      type Win = Window & typeof globalThis & { firstPaint: Promise<number>; shifts: Shift[]; flushShifts: () => void };
      const win = frame.contentWindow as Win;
      const doc = frame.contentDocument!;
      await win.firstPaint;
      // The guide's content is held back until the elements have drawn what they draw without it.
      const fetchNow = win.fetch.bind(win);
      let release = () => {};
      const held = new Promise<void>((resolve) => (release = resolve));
      win.fetch = async (...args: Parameters<typeof fetch>) => {
        await held;
        return fetchNow(...args);
      };
      const script = doc.createElement('script');
      script.type = 'module';
      script.src = '/dist/cdn/care-elements.js';
      doc.head.append(script);
      const guide = doc.querySelector('care-guide')!;
      const arrived = new Promise((resolve) => guide.addEventListener('care-guide-load', resolve, { once: true }));
      const elements = [...doc.querySelectorAll('care-guide, care-guide > *')] as (Element & { updateComplete: Promise<unknown> })[];
      await Promise.all(elements.map((el) => win.customElements.whenDefined(el.localName)));
      await Promise.all(elements.slice(1).map((el) => el.updateComplete));
      await frames(win);
      release();
      await arrived;
      await Promise.all(elements.map((el) => el.updateComplete));
      await frames(win);
      win.flushShifts();
      expect(guide.shadowRoot!.querySelector('.waiting'), 'the guide has come').to.equal(null);
      expect(total(win.shifts), explain(win.shifts)).to.be.below(0.05);
    });
  }
});
