import { fixture, html } from '@open-wc/testing';
import { emulateMedia, setViewport } from '@web/test-runner-commands';
import { visualDiff } from '@web/test-runner-visual-regression';
import type { LitElement } from 'lit';
import '../../src/index.js';
import { stemCellInjectionBackPain as guide } from '../../src/content/stem-cell-injection-back-pain.js';
import { emulateMediaFeatures, fullGuide } from '../helpers.js';

/**
 * What designers and patients see, held by screenshots: the whole guide as the README composes it,
 * at a phone's and a desktop's width, in light, dark, right-to-left and forced colours, and printed.
 * Chromium only (forced colours and print are emulated). Baselines are committed; a change that
 * moves pixels updates them on purpose (see web-test-runner.config.js for the threshold).
 * Right to left, the guide is in Urdu, written so, which has no words of its own here: the same
 * words, laid out mirrored.
 */
const page = (scheme: string, dir: string) => html`<div
  dir=${dir}
  style="color-scheme: ${scheme}; background: Canvas; color: CanvasText; font: 16px/1.5 system-ui, sans-serif; padding: 16px"
>
  ${fullGuide(dir === 'rtl' ? { ...guide, lang: 'ur' } : guide)}
</div>`;

async function render(scheme = 'light', dir = 'ltr'): Promise<HTMLElement> {
  const wrapper = await fixture<HTMLElement>(page(scheme, dir));
  for (const el of wrapper.querySelectorAll<LitElement>('care-guide > *')) await el.updateComplete;
  // The first answer open, so an open and a closed chevron are both in the picture.
  const faq = wrapper.querySelector('care-faq-accordion')!;
  faq.toggle(faq.openItems[0] ?? 'is-it-safe', true);
  await faq.updateComplete;
  for (const animation of faq.shadowRoot!.getAnimations()) animation.finish();
  return wrapper;
}

describe('the full guide, screenshot', function () {
  // Each test renders the whole guide, then the runner captures the page and compares it pixel by pixel in its own process:
  // about a second alone, past mocha's 5 s on a busy two-core machine, which is no fault of the guide's.
  this.timeout(30_000);

  afterEach(async () => {
    await emulateMediaFeatures([]);
    await emulateMedia({ media: 'screen' });
    await setViewport({ width: 800, height: 600 });
  });

  for (const width of [320, 1280]) {
    for (const [name, scheme, dir] of [['light', 'light', 'ltr'], ['dark', 'dark', 'ltr'], ['rtl', 'light', 'rtl']]) {
      it(`${width} px, ${name}`, async () => {
        await setViewport({ width, height: 900 });
        await visualDiff(await render(scheme, dir), `guide-${width}-${name}`);
      });
    }

    it(`${width} px, forced colours`, async () => {
      await setViewport({ width, height: 900 });
      await emulateMediaFeatures([{ name: 'forced-colors', value: 'active' }]);
      await visualDiff(await render(), `guide-${width}-forced-colors`);
    });
  }

  it('print media, A4 width', async () => {
    await setViewport({ width: 794, height: 1123 });
    await emulateMedia({ media: 'print' });
    await visualDiff(await render(), 'guide-print');
  });
});
