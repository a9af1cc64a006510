import { expect } from '@open-wc/testing';
import { explain, SCREENS, SITE_TYPE, STYLESHEET, total, upgrade } from './upgrade-page.js';

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
