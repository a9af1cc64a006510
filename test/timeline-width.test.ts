import { expect, fixture, html } from '@open-wc/testing';
import '../src/procedure-timeline/define.js';
import type { CareProcedureTimeline } from '../src/procedure-timeline/procedure-timeline.js';

/** A horizontal timeline stays side by side only while each step gets about 11em; else it reads top to bottom. */
const steps = (n: number) => Array.from({ length: n }, (_, i) => ({ title: `Step title ${i + 1}`, description: 'What happens in this step, in a sentence or two.' }));

async function timeline(count: number, width: string): Promise<HTMLElement[]> {
  const box = await fixture(html`<div style="inline-size: ${width}; font-size: 16px">
    <care-procedure-timeline orientation="horizontal" .items=${steps(count)}></care-procedure-timeline>
  </div>`);
  const el = box.querySelector<CareProcedureTimeline>('care-procedure-timeline')!;
  await el.updateComplete;
  return [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part="item"]')];
}

const sideBySide = (items: HTMLElement[]) => new Set(items.map((item) => Math.round(item.getBoundingClientRect().top))).size === 1;

describe('horizontal timeline width', () => {
  it('puts five steps side by side when each gets at least 11em', async () => {
    const items = await timeline(5, '56em');
    expect(sideBySide(items)).to.equal(true);
    for (const item of items) expect(item.getBoundingClientRect().width).to.be.at.least(11 * 16);
  });

  it('reads five steps top to bottom in a 45em column, where each would get 9em', async () => {
    const items = await timeline(5, '45em');
    expect(sideBySide(items)).to.equal(false);
    const tops = items.map((item) => item.getBoundingClientRect().top);
    expect(tops).to.deep.equal([...tops].sort((a, b) => a - b));
  });

  it('keeps three steps side by side in the same 45em column', async () => {
    const items = await timeline(3, '45em');
    expect(sideBySide(items)).to.equal(true);
  });

  it('stays vertical past eight steps at any width', async () => {
    const items = await timeline(9, '200em');
    expect(sideBySide(items)).to.equal(false);
  });
});
