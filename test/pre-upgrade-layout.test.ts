import { expect } from '@open-wc/testing';
import { RESET, SCREENS, SITE_TYPE, STYLESHEET, upgrade } from './upgrade-page.js';

/**
 * The whole guide as a CMS writes it, the pre-upgrade stylesheet linked, the script added after the
 * first paint: every section keeps its place and size as the elements upgrade, in every browser.
 * Chromium's layout-shift score leaves out content an element shows through a slot, and other
 * browsers have no score, so the boxes are what a reader sees move.
 */

type Box = { tag: string; x: number; y: number; width: number; height: number };

/**
 * What changed, beyond a pixel of rounding: the review note, whose disclaimer and review line come
 * from attributes, may change height within a line.
 */
const moved = (before: Box[], after: Box[]) =>
  before.flatMap(({ tag, ...was }, i) =>
    (['x', 'y', 'width', 'height'] as const)
      .map((side) => ({ side, by: Math.round(after[i]![side] - was[side]) }))
      .filter(({ side, by }) => Math.abs(by) > (tag === 'care-review-note' && side === 'height' ? 24 : 1))
      .map(({ side, by }) => `${tag} ${side} ${by > 0 ? '+' : ''}${by}px`),
  );

describe('a CMS-written guide keeps its layout when the script arrives after first paint', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  const page = (padding: string) => (padding ? `${STYLESHEET}<style>care-guide { padding-inline: ${padding} }</style>` : STYLESHEET);
  for (const [width, height] of SCREENS) {
    for (const padding of ['', '1.5rem']) {
      it(`keeps every section's place and size with care-elements.css, ${width}×${height}${padding ? ', the page padding the guide' : ''}`, async () => {
        const { before, after } = await upgrade(width, height, undefined, page(padding));
        expect(moved(before, after)).to.deep.equal([]);
      });
    }
  }

  // Once upgraded, each element sets its text's line height and the page's paragraphs keep their margins: before, they must be the same.
  for (const [width, height] of SCREENS) {
    for (const openFirstTwo of [false, true]) {
      it(`keeps every section's place and size on a site with its own typography${openFirstTwo ? ', two FAQ answers open' : ''}, ${width}×${height}`, async () => {
        const { before, after } = await upgrade(width, height, undefined, STYLESHEET + SITE_TYPE, { openFirstTwo });
        expect(moved(before, after)).to.deep.equal([]);
      });
    }
  }

  // A reset that sets every margin to 0 (Tailwind's does): the gaps between sections hold, before the upgrade as after.
  for (const [width, height] of SCREENS) {
    it(`keeps every section's place and size on a page whose reset sets every margin to 0, ${width}×${height}`, async () => {
      const { before, after } = await upgrade(width, height, undefined, `<style>${RESET}</style>${STYLESHEET}`);
      expect(moved(before, after)).to.deep.equal([]);
    });
  }

  // The README's short example writes answers as text with no element around it: such text collapses before the upgrade too.
  for (const [width, height] of SCREENS) {
    for (const openFirstTwo of [false, true]) {
      it(`keeps every section's place and size with FAQ answers written as bare text${openFirstTwo ? ', two of them open' : ''}, ${width}×${height}`, async () => {
        const { before, after } = await upgrade(width, height, undefined, STYLESHEET, { bareAnswers: true, openFirstTwo });
        expect(moved(before, after)).to.deep.equal([]);
      });
    }
  }

  // The README's "load only what you use" example titles its FAQ with the heading attribute: its room is kept too.
  for (const [width, height] of SCREENS) {
    it(`keeps every section's place and size with each title written as the heading attribute, ${width}×${height}`, async () => {
      const { before, after } = await upgrade(width, height, undefined, STYLESHEET, { headingAttributes: true });
      expect(moved(before, after)).to.deep.equal([]);
    });
  }

  // Without this, a measurement that saw nothing would pass every test above.
  it('is measured: without the stylesheet the FAQ shrinks as its answers close, among other sections', async () => {
    const { before, after } = await upgrade(1280, 800, undefined, '');
    expect(moved(before, after).filter((change) => change.startsWith('care-faq-accordion height -'))).to.have.length(1);
  });
});
