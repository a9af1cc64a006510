import { expect, fixture, html } from '@open-wc/testing';
import type { LitElement } from 'lit';
import '../src/index.js';
import { stemCellInjectionBackPain as guide } from '../src/content/stem-cell-injection-back-pain.js';
import { emulateMediaFeatures } from './helpers.js';

/** Windows high contrast (Chromium's forced-colors emulation): what a link points at stays marked, in the system's colours. */
describe('deep-link mark in forced colours', () => {
  const original = location.href;
  afterEach(async () => {
    history.replaceState(null, '', original);
    await emulateMediaFeatures([]);
  });

  it('draws a still ring in the Highlight colour, like :target', async () => {
    await emulateMediaFeatures([{ name: 'forced-colors', value: 'active' }]);
    history.replaceState(null, '', '#injection');
    const wrapper = await fixture(html`<care-guide .guide=${guide}><care-procedure-timeline></care-procedure-timeline></care-guide>`);
    const el = wrapper.querySelector<LitElement>('care-procedure-timeline')!;
    await el.updateComplete;
    await el.updateComplete;
    const item = el.shadowRoot!.querySelector<HTMLElement>('[data-target]')!;
    const probe = document.createElement('span');
    probe.style.color = 'Highlight';
    document.body.append(probe);
    try {
      const style = getComputedStyle(item);
      expect(style.outlineStyle).to.equal('solid');
      expect(style.outlineColor).to.equal(getComputedStyle(probe).color);
      expect(item.getAnimations()).to.have.length(0);
    } finally {
      probe.remove();
    }
  });
});
