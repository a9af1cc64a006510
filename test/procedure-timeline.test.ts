import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/procedure-timeline/define.js';
import type { CareProcedureTimeline } from '../src/procedure-timeline/procedure-timeline.js';
import { useWarnings, settled } from './helpers.js';
import { SectionHarness } from './suites/section.harness.js';
import { runSectionSuite } from './suites/section.suite.js';

const steps = [
  { id: 'consult', title: 'Consultation', description: 'A doctor examines you.', duration: '45 minutes' },
  { id: 'collect', title: 'Collecting the cells', description: 'Bone marrow is drawn from the hip.' },
  { id: 'inject', title: 'Injection', description: 'Cells go into the painful area.', duration: '1 hour' },
];

const root = (el: CareProcedureTimeline) => el.shadowRoot!;
const listItems = (el: CareProcedureTimeline) => [...root(el).querySelectorAll<HTMLElement>('ol > li')];
const titles = (el: CareProcedureTimeline) =>
  listItems(el).map((li) => li.querySelector('[part="title"]')!.textContent!.replace(/\s+/g, ' ').trim());

async function timeline(attrs: Record<string, string> = {}, items: unknown = steps): Promise<CareProcedureTimeline> {
  const el = document.createElement('care-procedure-timeline');
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
  el.items = items as typeof steps;
  document.body.append(el);
  await el.updateComplete;
  return el;
}

/** A step's title reads on screen without the "Step n of total" that only screen readers hear. */
class TimelineHarness extends SectionHarness {
  protected override titleText(title: Element): string {
    const shown = title.cloneNode(true) as Element;
    shown.querySelectorAll('.visually-hidden').forEach((hidden) => hidden.remove());
    return super.titleText(shown);
  }
}

describe('<care-procedure-timeline>', () => {
  const warnings = useWarnings('body > care-procedure-timeline, body > .test-box');

  runSectionSuite({
    tag: 'care-procedure-timeline',
    section: 'procedure',
    fields: { title: 'title', text: 'description' },
    child: { tag: 'care-step', titleAttribute: 'label' },
    harness: (el) => new TimelineHarness(el),
    words: { key: 'stepOf', read: (h) => h.root.querySelector('[part="title"] .visually-hidden')?.textContent },
  });

  describe('durations', () => {
    const durations = (el: CareProcedureTimeline) =>
      listItems(el).map((li) => li.querySelector('[part="duration"]')?.textContent!.replace(/\s+/g, ' ').trim());

    it('says how long each step takes, from the items property and from <care-step duration>', async () => {
      expect(durations(await timeline())).to.deep.equal(['Duration: 45 minutes', undefined, 'Duration: 1 hour']);
      const el = await fixture<CareProcedureTimeline>(html`<care-procedure-timeline>
        <care-step label="Arrive" duration="10 minutes">Bring your scans.</care-step>
        <care-step label="Leave">Someone drives you home.</care-step>
      </care-procedure-timeline>`);
      expect(durations(el)).to.deep.equal(['Duration: 10 minutes', undefined]);
    });
  });

  describe('semantics', () => {
    it('is an ordered list of steps', async () => {
      const el = await timeline();
      expect(root(el).querySelectorAll('ol[part="list"] > li')).to.have.length(3);
    });

    it('tells a screen reader "Step n of total" once and hides the decorative number', async () => {
      const el = await timeline();
      expect(titles(el)).to.deep.equal([
        'Step 1 of 3: Consultation',
        'Step 2 of 3: Collecting the cells',
        'Step 3 of 3: Injection',
      ]);
      for (const [i, li] of listItems(el).entries()) {
        const said = li.textContent!.split(`Step ${i + 1} of 3`).length - 1;
        expect(said, `step ${i + 1} says where it is once`).to.equal(1);
      }
      const marker = listItems(el)[1].querySelector('[part="marker"]')!;
      expect(marker.getAttribute('aria-hidden')).to.equal('true');
      expect(marker.textContent!.trim()).to.equal('2');
      await expect(el).to.be.accessible();
    });
  });

  describe('progress', () => {
    const states = (el: CareProcedureTimeline) =>
      listItems(el).map((li) => [li.getAttribute('aria-current'), li.querySelector('.visually-hidden')!.textContent!.trim()]);

    it('shows no progress without current', async () => {
      const el = await timeline();
      expect(states(el).every(([current, label]) => current === null && !/Done|Current|Upcoming/.test(label!))).to.equal(true);
    });

    it('marks earlier steps done, the current one aria-current="step", later ones upcoming, in words', async () => {
      const el = await timeline({ current: 'collect' });
      expect(states(el)).to.deep.equal([
        [null, 'Step 1 of 3, Done:'],
        ['step', 'Step 2 of 3, Current step:'],
        [null, 'Step 3 of 3, Upcoming:'],
      ]);
      expect(listItems(el)[0].querySelector('[part="marker"]')!.textContent!.trim()).to.equal('✓');
      await settled(el);
      await expect(el).to.be.accessible();
    });

    it('takes a 1-based number for current, first and last', async () => {
      const el = await timeline({ current: '1' });
      expect(listItems(el)[0].getAttribute('aria-current')).to.equal('step');
      el.current = '3';
      await el.updateComplete;
      expect(states(el).map(([current]) => current)).to.deep.equal([null, null, 'step']);
      expect(states(el)[1][1]).to.contain('Done');
    });

    it('warns about an unknown current step and shows no progress', async () => {
      const el = document.createElement('care-procedure-timeline');
      el.items = steps;
      el.current = 'nowhere';
      const error = oneEvent(el, 'care-content-error');
      document.body.append(el);
      expect((await error).detail.problems).to.deep.equal([{ path: 'current', message: 'no step has the id or number "nowhere"' }]);
      expect(listItems(el).some((li) => li.hasAttribute('aria-current'))).to.equal(false);
      expect(warnings.messages[0]).to.contain('<care-procedure-timeline>');
    });
  });

  describe('compact', () => {
    it('hides descriptions behind disclosure buttons that open with Enter and Space', async () => {
      const el = await timeline({ compact: '' });
      const [first, second] = root(el).querySelectorAll<HTMLButtonElement>('[part="toggle"]');
      const description = root(el).getElementById(first.getAttribute('aria-controls')!)!;
      expect(first.getAttribute('aria-expanded')).to.equal('false');
      expect(first.textContent!.trim()).to.equal('Details');
      // The name a screen reader hears, as one phrase; the Chromium-only landmarks test reads it from the accessibility tree.
      expect(first.getAttribute('aria-label'), 'each button names its step').to.equal('Details: Consultation');
      expect(description.offsetHeight).to.equal(0);
      await expect(el).to.be.accessible();
      first.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(first.getAttribute('aria-expanded')).to.equal('true');
      expect(description.offsetHeight).to.be.greaterThan(0);
      await sendKeys({ press: 'Tab' });
      expect(root(el).activeElement).to.equal(second);
      // The key itself, as every driver names it: WebDriver BiDi knows no key called "Space".
      await sendKeys({ press: ' ' });
      await el.updateComplete;
      expect(second.getAttribute('aria-expanded')).to.equal('true');
      await sendKeys({ press: ' ' });
      await el.updateComplete;
      expect(second.getAttribute('aria-expanded')).to.equal('false');
      await expect(el).to.be.accessible();
    });

    it('keeps titles and durations visible', async () => {
      const el = await timeline({ compact: '' });
      for (const [i, li] of listItems(el).entries()) {
        // The title's own words, outside the "Step n of total" only screen readers hear, laid out on screen.
        const shown = [...li.querySelector('[part="title"]')!.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim());
        expect(shown.map((n) => n.textContent!.trim()).join(' '), `step ${i + 1}`).to.equal(steps[i].title);
        const range = document.createRange();
        range.selectNodeContents(shown[0]);
        expect(range.getBoundingClientRect().width, `step ${i + 1}: the title takes room`).to.be.greaterThan(10);
      }
      expect(listItems(el).map((li) => li.querySelector<HTMLElement>('[part="duration"]')?.offsetHeight ?? 0).map((h) => h > 0)).to.deep.equal([true, false, true]);
    });
  });

  describe('layout', () => {
    async function inWidth(width: string) {
      const box = document.createElement('div');
      box.className = 'test-box';
      box.style.inlineSize = width;
      box.innerHTML = '<care-procedure-timeline orientation="horizontal"></care-procedure-timeline>';
      document.body.append(box);
      const el = box.firstElementChild as CareProcedureTimeline;
      el.items = steps;
      await el.updateComplete;
      return el;
    }
    const tops = (el: CareProcedureTimeline) => listItems(el).map((li) => Math.round(li.getBoundingClientRect().top));

    it('lays steps side by side in a wide container', async () => {
      const el = await inWidth('1000px');
      expect(new Set(tops(el)).size).to.equal(1);
      await expect(el).to.be.accessible();
    });

    it('falls back to vertical in a narrow container', async () => {
      const el = await inWidth('320px');
      const [a, b, c] = tops(el);
      expect(a < b && b < c).to.equal(true);
    });

    it('mirrors in right-to-left text', async () => {
      const el = await inWidth('600px');
      el.parentElement!.dir = 'rtl';
      const marker = listItems(el)[0].querySelector('[part="marker"]')!.getBoundingClientRect();
      const title = listItems(el)[0].querySelector('[part="title"]')!.getBoundingClientRect();
      expect(marker.left).to.be.greaterThan(title.left);
    });

    it('does not overflow 320px with long titles', async () => {
      const el = await inWidth('320px');
      el.items = [{ title: 'A very long step title with an unbreakablewordthatgoesonandonandonandonforever' }];
      await el.updateComplete;
      expect(el.scrollWidth).to.be.at.most(320);
    });
  });

  describe('numbers', () => {
    it('writes the step markers in the digits of the content’s language, as the steps’ spoken numbers are', async () => {
      const page = await fixture<HTMLElement>(html`<div lang="ar-EG" dir="rtl"><care-procedure-timeline></care-procedure-timeline></div>`);
      const el = page.querySelector<CareProcedureTimeline>('care-procedure-timeline')!;
      el.items = [{ title: 'أ' }, { title: 'ب' }];
      await settled(el);
      expect(listItems(el).map((li) => li.querySelector('[part="marker"]')!.textContent!.trim())).to.deep.equal(['١', '٢']);
      expect(titles(el)[1], 'heard as step ٢ of ٢').to.contain('٢');
    });
  });

  describe('bad steps', () => {
    it('keeps the step numbers consecutive when a bad step is left out', async () => {
      const el = await timeline({}, [{ title: 'First' }, { description: 'no title' }, { title: 'Second' }]);
      expect(titles(el)).to.deep.equal(['Step 1 of 2: First', 'Step 2 of 2: Second']);
      expect(listItems(el).map((li) => li.querySelector('[part="marker"]')!.textContent!.trim())).to.deep.equal(['1', '2']);
    });
  });
});
