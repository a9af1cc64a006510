import { expect, fixture } from '@open-wc/testing';
import '../../src/guide/define.js';
import type { Guide, SectionKey } from '../../src/content/types.js';
import { en, registerStrings, type CareStrings } from '../../src/internal/strings.js';
import { afterMutations, captureWarnings, recordEvents } from '../helpers.js';
import { SectionHarness, type SectionElement } from './section.harness.js';

export interface SectionSuiteConfig {
  tag: 'care-faq-accordion' | 'care-procedure-timeline' | 'care-risk-list' | 'care-benefits-card' | 'care-topic-list';
  /** The guide section the element shows. */
  section: SectionKey;
  /** The item fields that hold an item's title and its text. */
  fields: { title: 'question' | 'title'; text: 'answer' | 'description' };
  /** The CMS-written child tag, and the attribute that holds a child's title. */
  child: { tag: string; titleAttribute: 'question' | 'label' };
  /** Reads the rendered element; `SectionHarness` unless the element's titles read differently. */
  harness?: (el: SectionElement) => SectionHarness;
  /** A word the element adds by itself, to see which strings table it speaks; absent when it adds none. */
  words?: { key: keyof CareStrings; attributes?: Record<string, string>; read: (h: SectionHarness) => string | null | undefined };
}

/**
 * A CMS-written child: its title (none makes it a bad one), its markup, a child written inside
 * it, directly or in the last element of its markup (as the browser puts it when that element's
 * closing tag is missing), and the element around it, if any, written directly in the section.
 */
interface Child {
  title?: string;
  body?: string;
  nested?: Child;
  nestedInBody?: boolean;
  wrapper?: string;
}

interface Setup {
  attributes?: Record<string, string>;
  items?: unknown[];
  children?: Child[];
  /** Puts the element inside a `<care-guide>` with this guide. */
  guide?: Guide;
  /** Puts everything inside an element with this `lang`. */
  lang?: string;
}

/**
 * The behaviour every section element gets from `SectionController`: where its items come from,
 * its heading, bad content, language and following later changes. Run inside the element's own
 * `describe` with the element's tag, section and CMS child. Assertions compare text, numbers and
 * booleans, what a reader tells apart, so that a failure says what they would see.
 */
export function runSectionSuite(config: SectionSuiteConfig): void {
  const { tag, section, fields, child, words } = config;
  const harness = config.harness ?? ((el: SectionElement) => new SectionHarness(el));

  const item = (title: string, text = `About ${title.toLowerCase()}.`) => ({ [fields.title]: title, [fields.text]: text });
  const badItem = () => ({ [fields.text]: 'Text without a title.' });
  const guideOf = (titles: string[], lang = 'en') =>
    ({
      schemaVersion: 1,
      id: 'suite',
      lang,
      title: 'A guide',
      [section]: { title: 'From the guide', intro: 'What the guide says first.', items: titles.map((t) => item(t)) },
    }) as Guide;
  const guide = guideOf(['Guide one', 'Guide two', 'Guide three']);

  function writeChild({ title, body = `About <strong>${title ?? 'nothing'}</strong>.`, nested, nestedInBody, wrapper }: Child): HTMLElement {
    const node = document.createElement(child.tag);
    if (title !== undefined) node.setAttribute(child.titleAttribute, title);
    node.innerHTML = body;
    if (nested) (nestedInBody ? node.lastElementChild! : node).append(writeChild(nested));
    if (!wrapper) return node;
    const around = document.createElement(wrapper);
    around.append(node);
    return around;
  }

  async function mount(setup: Setup = {}): Promise<SectionHarness> {
    const el = document.createElement(tag) as SectionElement;
    for (const [name, value] of Object.entries(setup.attributes ?? {})) el.setAttribute(name, value);
    if (setup.items) el.items = setup.items;
    el.append(...(setup.children ?? []).map(writeChild));
    let top: HTMLElement = el;
    if (setup.guide) {
      const provider = document.createElement('care-guide');
      provider.guide = setup.guide;
      provider.append(top);
      top = provider;
    }
    if (setup.lang) {
      const wrapper = document.createElement('div');
      wrapper.lang = setup.lang;
      wrapper.append(top);
      top = wrapper;
    }
    await fixture(top);
    await el.updateComplete;
    return harness(el);
  }

  describe('section behaviour', () => {
    let warnings: string[];
    let restore: () => void;
    beforeEach(() => ({ messages: warnings, restore } = captureWarnings()));
    afterEach(() => restore());

    describe('sources', () => {
      it('renders the items property, each text as paragraphs', async () => {
        const h = await mount({ items: [item('First', 'One.\n\nTwo.'), item('Second', 'Three.')] });
        expect(h.titles()).to.deep.equal(['First', 'Second']);
        expect(h.descriptions()).to.deep.equal([['One.', 'Two.'], ['Three.']]);
      });

      it(`renders CMS-written <${child.tag}> children, their own markup shown in their item`, async () => {
        const h = await mount({ children: [{ title: 'Arrive' }, { title: 'Leave' }] });
        expect(h.titles()).to.deep.equal(['Arrive', 'Leave']);
        const written = [...h.element.querySelectorAll(child.tag)];
        for (const [i, node] of written.entries()) {
          await h.reveal(i);
          expect(h.items[i].contains(node.assignedSlot), `child ${i} is shown in item ${i}`).to.equal(true);
          expect(node.querySelector('strong')!.offsetParent, `child ${i}'s markup is rendered`).to.not.equal(null);
        }
      });

      it(`uses the ${section} section of the nearest <care-guide>, with its title and intro`, async () => {
        const h = await mount({ guide });
        expect(h.titles()).to.deep.equal(['Guide one', 'Guide two', 'Guide three']);
        expect(h.headingText).to.equal('From the guide');
        expect(h.intro).to.equal('What the guide says first.');
        await expect(h.element).to.be.accessible();
      });

      it('prefers children over items, and items over the guide', async () => {
        const h = await mount({ guide });
        const provider = h.element.parentElement!;
        const fromItems = document.createElement(tag) as SectionElement;
        fromItems.items = [item('From items')];
        const fromChildren = document.createElement(tag) as SectionElement;
        fromChildren.items = [item('From items')];
        fromChildren.append(writeChild({ title: 'From a child' }));
        provider.append(fromItems, fromChildren);
        await fromItems.updateComplete;
        await fromChildren.updateComplete;
        expect(h.titles()).to.deep.equal(['Guide one', 'Guide two', 'Guide three']);
        expect(harness(fromItems).titles()).to.deep.equal(['From items']);
        expect(harness(fromChildren).titles()).to.deep.equal(['From a child']);
      });

      it('takes an empty items list as none given: the guide’s section shows', async () => {
        const h = await mount({ guide, items: [] });
        expect(h.titles()).to.deep.equal(['Guide one', 'Guide two', 'Guide three']);
        expect(h.headingText).to.equal('From the guide');
      });

      it('shows the guide’s title and intro only with the guide’s items', async () => {
        const h = await mount({ guide, items: [item('Mine')] });
        expect(h.titles()).to.deep.equal(['Mine']);
        expect(h.headingText).to.equal(undefined);
        expect(h.intro).to.equal(undefined);
      });

      it('shows markup-looking text as text, and none of it runs', async () => {
        const h = await mount({ items: [item('<img src=x onerror="window.hacked=1">', '<script>window.hacked=1</script>')] });
        expect(h.root.querySelectorAll('img, script')).to.have.length(0);
        expect(h.titles()).to.deep.equal(['<img src=x onerror="window.hacked=1">']);
        expect(h.descriptions()).to.deep.equal([['<script>window.hacked=1</script>']]);
        // An image of the same address, made afterwards: by its error event any image the text had made has failed too.
        const control = new Image();
        const failed = new Promise((resolve) => control.addEventListener('error', resolve, { once: true }));
        control.src = 'x';
        await failed;
        expect((window as { hacked?: number }).hacked).to.equal(undefined);
      });

      it('wraps everything it renders in a base part, its outermost element', async () => {
        const h = await mount({ guide });
        expect([...h.root.children].map((el) => el.part.value)).to.deep.equal(['base']);
        expect(h.base!.contains(h.sectionHeading) && h.base!.contains(h.items[0])).to.equal(true);
      });
    });

    describe('heading', () => {
      it('shows the heading attribute as the section heading, over the guide’s title', async () => {
        const h = await mount({ guide, attributes: { heading: 'Our own title' } });
        expect(h.headingText).to.equal('Our own title');
        expect(h.intro, 'the guide’s intro stays').to.equal('What the guide says first.');
      });

      it('puts a slotted heading inside the section heading', async () => {
        const h = await mount({ children: [{ title: 'Arrive' }] });
        const slotted = document.createElement('span');
        slotted.slot = 'heading';
        slotted.textContent = 'Visiting the clinic';
        h.element.prepend(slotted);
        await afterMutations(h.element);
        expect(h.sectionHeading?.contains(slotted.assignedSlot), 'the slot is inside the section heading').to.equal(true);
        expect(h.headingText).to.equal('Visiting the clinic');
        expect(h.titles(), 'the slotted heading is not an item').to.deep.equal(['Arrive']);
      });

      it('renders no empty section heading when there is no title', async () => {
        const h = await mount({ items: [item('Alone')] });
        expect(h.headingText).to.equal(undefined);
        expect(h.titleLevels()).to.deep.equal([3]);
      });

      it('puts the section heading at heading-level and item titles one below', async () => {
        const h = await mount({ guide });
        expect([h.headingLevel, ...h.titleLevels()]).to.deep.equal([2, 3, 3, 3]);
        h.element.setAttribute('heading-level', '4');
        await h.element.updateComplete;
        expect([h.headingLevel, ...h.titleLevels()]).to.deep.equal([4, 5, 5, 5]);
        h.element.headingLevel = 1;
        await h.element.updateComplete;
        expect([h.headingLevel, ...h.titleLevels()]).to.deep.equal([1, 2, 2, 2]);
      });

      it('keeps heading-level within 1 to 6, and takes 2 for a level that is no number', async () => {
        const h = await mount({ guide, attributes: { 'heading-level': '0' } });
        expect([h.headingLevel, h.titleLevels()[0]]).to.deep.equal([1, 2]);
        for (const [level, expected] of [['6', [6, 6]], ['9', [6, 6]], ['-3', [1, 2]], ['high', [2, 3]]] as const) {
          h.element.setAttribute('heading-level', level);
          await h.element.updateComplete;
          expect([h.headingLevel, h.titleLevels()[0]], `heading-level="${level}"`).to.deep.equal(expected);
        }
      });
    });

    describe('bad content', () => {
      const errors = recordEvents(document, 'care-content-error');

      it('leaves out a bad item of the items property, with one warning and one care-content-error', async () => {
        const h = await mount({ items: [item('Good'), badItem(), item('Also good')] });
        expect(h.titles()).to.deep.equal(['Good', 'Also good']);
        expect(errors.map((e) => e.detail.problems)).to.deep.equal([[{ path: `items[1].${fields.title}`, message: 'expected non-empty text; the item is left out' }]]);
        expect(errors[0].target === h.element, 'the element itself fires it').to.equal(true);
        expect(errors[0].bubbles && errors[0].composed).to.equal(true);
        expect(warnings).to.have.length(1);
        expect(warnings[0]).to.contain(`<${tag}>`).and.contain(`items[1].${fields.title}`);
      });

      it(`leaves out a bad <${child.tag}> child, with one warning and one care-content-error`, async () => {
        const h = await mount({ children: [{ title: 'Good' }, { body: 'A child without a title.' }, { title: 'Also good' }] });
        // The attribute the CMS wrote, not the data's field name.
        const path = `${child.tag}[1].${child.titleAttribute}`;
        expect(h.titles()).to.deep.equal(['Good', 'Also good']);
        expect(errors.map((e) => e.detail.problems)).to.deep.equal([[{ path, message: 'expected non-empty text; the item is left out' }]]);
        expect(warnings).to.have.length(1);
        expect(warnings[0]).to.contain(`<${tag}>`).and.contain(path);
      });

      it('reports what it was given among its children and does not show, once, and nothing of what it shows', async () => {
        const h = await mount({ children: [{ title: 'Only' }] });
        const intro = Object.assign(document.createElement('p'), { textContent: 'Read this first.' });
        const heading = Object.assign(document.createElement('span'), { slot: 'heading', textContent: 'Shown' });
        const elsewhere = Object.assign(document.createElement('span'), { slot: 'nowhere', textContent: 'Lost' });
        // An item's slot is the item's child's alone: what else names it does not join its body.
        const itemSlot = h.element.querySelector(child.tag)!.slot;
        const intruder = Object.assign(document.createElement('span'), { slot: itemSlot, textContent: 'Not its body' });
        h.element.prepend(heading, intro, 'Loose words', elsewhere, intruder, Object.assign(document.createElement('style'), { textContent: 'p {}' }));
        await afterMutations(h.element);
        expect(h.titles(), 'the items still show').to.deep.equal(['Only']);
        expect(h.headingText, 'and so does the heading').to.equal('Shown');
        expect(intruder.assignedSlot, 'nor in the item').to.equal(null);
        const problems = errors.map((e) => e.detail.problems.map((p) => `${p.path}: ${p.message.split(':')[0]}`));
        expect(problems).to.deep.equal([
          [
            'p[0]: <p> ("Read this first.") is not shown',
            'text[0]: text ("Loose words") is not shown',
            'span[1]: <span> in slot "nowhere" ("Lost") is not shown',
            `span[2]: <span> in slot "${itemSlot}" ("Not its body") is not shown`,
          ],
        ]);
        expect(warnings).to.have.length(1);
        h.element.title = 'Renders again';
        h.element.lang = 'en';
        await afterMutations(h.element);
        expect(errors, 'said once').to.have.length(1);
      });

      /**
       * Outer, Inner written inside it, and Last: each child shown in an item of its own, the outer
       * keeping only its own text, and Inner reported once, in one warning and one care-content-error.
       */
      async function expectInnerShownApart(h: SectionHarness, message: string) {
        expect(h.titles()).to.deep.equal(['Outer', 'Inner', 'Last']);
        const written = [...h.element.querySelectorAll(child.tag)];
        expect(written.map((node) => node.textContent), 'the outer child keeps only its own text').to.deep.equal(['Outer text.', 'Inner text.', 'About Last.']);
        for (const [i, node] of written.entries()) {
          await h.reveal(i);
          expect(h.items[i].contains(node.assignedSlot), `child ${i} is shown in item ${i}`).to.equal(true);
        }
        expect(errors.map((e) => e.detail.problems)).to.deep.equal([[{ path: `${child.tag}[1]`, message }]]);
        expect(warnings).to.have.length(1);
        expect(warnings[0]).to.contain(`<${tag}>`).and.contain(`${child.tag}[1]: ${message}`);
      }

      it(`shows a <${child.tag}> written inside another as an item of its own after it, with one warning and one care-content-error`, async () => {
        const h = await mount({ children: [{ title: 'Outer', body: 'Outer text.', nested: { title: 'Inner', body: 'Inner text.' } }, { title: 'Last' }] });
        await expectInnerShownApart(h, `written inside ${child.tag}[0], whose closing tag is missing; shown after it as an item of its own`);
      });

      it(`shows each of several <${child.tag}> children written one inside the next as items of their own, naming each`, async () => {
        const h = await mount({ children: [{ title: 'First', body: 'One.', nested: { title: 'Second', body: 'Two.', nested: { title: 'Third', body: 'Three.' } } }] });
        expect(h.titles()).to.deep.equal(['First', 'Second', 'Third']);
        expect(errors.map((e) => e.detail.problems.map((p) => `${p.path}: ${p.message.split(',')[0]}`))).to.deep.equal([
          [`${child.tag}[1]: written inside ${child.tag}[0]`, `${child.tag}[2]: written inside ${child.tag}[1]`],
        ]);
      });

      it(`shows a <${child.tag}> written inside an element of another's content as an item of its own after it, naming the element`, async () => {
        const outer = { title: 'Outer', body: '<div>Outer text.</div>', nested: { title: 'Inner', body: 'Inner text.' }, nestedInBody: true };
        const h = await mount({ children: [outer, { title: 'Last' }] });
        await expectInnerShownApart(h, `written inside ${child.tag}[0], in the <div> whose closing tag is missing; shown after it as an item of its own`);
      });

      it(`shows a <${child.tag}> in a wrapper after another as an item of its own after it, saying where it was`, async () => {
        const h = await mount({ children: [{ title: 'First', body: 'One.' }, { title: 'Wrapped', body: 'Two.', wrapper: 'div' }, { title: 'Last' }] });
        expect(h.titles()).to.deep.equal(['First', 'Wrapped', 'Last']);
        const written = [...h.element.querySelectorAll(child.tag)];
        expect(written.map((node) => node.textContent), 'each child keeps only its own text').to.deep.equal(['One.', 'Two.', 'About Last.']);
        expect([...written[0].children].map((node) => node.localName), 'the wrapper, emptied, is not left in the child before').to.deep.equal([]);
        const message = `in the <div> after ${child.tag}[0], not directly in <${tag}> (a wrapper, or a tag left open in ${child.tag}[0]); shown after it as an item of its own`;
        expect(errors.map((e) => e.detail.problems)).to.deep.equal([[{ path: `${child.tag}[1]`, message }]]);
        expect(warnings).to.have.length(1);
        expect(warnings[0]).to.contain(`<${tag}>`).and.contain(`${child.tag}[1]: ${message}`);
      });

      it(`shows a <${child.tag}> in a wrapper before every other as the first item, saying where it was`, async () => {
        const h = await mount({ children: [{ title: 'Wrapped', wrapper: 'article' }, { title: 'Second' }] });
        expect(h.titles()).to.deep.equal(['Wrapped', 'Second']);
        await h.reveal(0);
        expect(h.items[0].contains(h.element.querySelector(child.tag)!.assignedSlot), 'the wrapped child is shown in the first item').to.equal(true);
        const message = `in the <article>, not directly in <${tag}> (a wrapper, or a tag left open before it); shown as an item of its own`;
        expect(errors.map((e) => e.detail.problems)).to.deep.equal([[{ path: `${child.tag}[0]`, message }]]);
        expect(warnings).to.have.length(1);
        expect(warnings[0]).to.contain(`${child.tag}[0]: ${message}`);
      });

      it(`leaves the <${child.tag}> children of a <${tag}> inside an item to it, unreported`, async () => {
        const h = await mount({ children: [{ title: 'Outer', body: `<${tag}></${tag}>`, nested: { title: 'Inner' }, nestedInBody: true }, { title: 'Last' }] });
        expect(h.titles()).to.deep.equal(['Outer', 'Last']);
        const inner = h.element.querySelector(tag) as SectionElement;
        await inner.updateComplete;
        expect(harness(inner).titles(), 'the nested element shows its own child').to.deep.equal(['Inner']);
        expect(errors).to.have.length(0);
        expect(warnings).to.have.length(0);
      });

      it('does not report the same problems again when it renders again', async () => {
        const items = [item('Good'), badItem()];
        const h = await mount({ items });
        h.element.heading = 'Rendered again';
        h.element.items = [...items];
        await h.element.updateComplete;
        expect(h.headingText).to.equal('Rendered again');
        expect(errors).to.have.length(1);
        expect(warnings).to.have.length(1);
      });

      it('does not warn again about a bad attribute when it renders again', async () => {
        const h = await mount({ items: [item('Good')], attributes: { 'heading-level': 'high' } });
        h.element.heading = 'Rendered again';
        await h.element.updateComplete;
        h.element.heading = 'And again';
        await h.element.updateComplete;
        expect(h.headingText).to.equal('And again');
        expect(errors.map((e) => e.detail.problems.map((p) => p.path))).to.deep.equal([['heading-level']]);
        expect(warnings).to.have.length(1);
      });

      it('reports problems again after they went away and came back', async () => {
        const h = await mount({ items: [item('Good'), badItem()] });
        h.element.items = [item('Good')];
        await h.element.updateComplete;
        expect(errors).to.have.length(1);
        h.element.items = [item('Good'), badItem()];
        await h.element.updateComplete;
        expect(errors).to.have.length(2);
        expect(warnings).to.have.length(2);
        expect(h.titles()).to.deep.equal(['Good']);
      });
    });

    describe('language', () => {
      const LANGS = ['de', 'fr', 'nl'];
      before(() => {
        if (words) for (const lang of LANGS) registerStrings(lang, { [words.key]: `[${lang}] ${en[words.key]}` });
      });

      /** The section's language, and the strings table its own words came from. */
      async function spoken(setup: Setup): Promise<[string | undefined, string | undefined]> {
        const h = await mount({ ...setup, attributes: { ...words?.attributes, ...setup.attributes } });
        const said = words?.read(h) ?? '';
        return [h.base!.lang, words ? LANGS.find((lang) => said.includes(`[${lang}]`)) ?? 'en' : undefined];
      }
      const speaking = (lang: string) => [lang, words ? lang : undefined];

      it('speaks the language of its lang attribute, over the guide’s and the page’s', async () => {
        expect(await spoken({ guide: guideOf(['One', 'Two'], 'fr'), lang: 'nl', attributes: { lang: 'de' } })).to.deep.equal(speaking('de'));
      });

      it('speaks the guide’s language when its items come from the guide', async () => {
        expect(await spoken({ guide: guideOf(['One', 'Two'], 'fr'), lang: 'nl' })).to.deep.equal(speaking('fr'));
      });

      it('speaks the nearest ancestor’s language for its own items and children, even inside a guide', async () => {
        const frenchGuide = guideOf(['One', 'Two'], 'fr');
        expect(await spoken({ guide: frenchGuide, lang: 'nl', items: [item('One'), item('Two')] })).to.deep.equal(speaking('nl'));
        expect(await spoken({ guide: frenchGuide, lang: 'de', children: [{ title: 'One' }, { title: 'Two' }] })).to.deep.equal(speaking('de'));
      });

      it('follows a later change of its lang attribute', async () => {
        const h = await mount({ items: [item('One'), item('Two')], attributes: { ...words?.attributes, lang: 'de' } });
        h.element.setAttribute('lang', 'fr');
        await afterMutations(h.element);
        expect(h.base!.lang).to.equal('fr');
        if (words) expect(words.read(h)).to.contain('[fr]');
      });

      it('speaks English when nothing names a language', async () => {
        const pageLang = document.documentElement.getAttribute('lang');
        document.documentElement.removeAttribute('lang');
        try {
          expect(await spoken({ items: [item('One'), item('Two')] })).to.deep.equal(speaking('en'));
        } finally {
          if (pageLang !== null) document.documentElement.setAttribute('lang', pageLang);
        }
      });
    });

    describe('later changes', () => {
      it('follows children added later', async () => {
        const h = await mount({ children: [{ title: 'First' }] });
        h.element.append(writeChild({ title: 'Second' }));
        await afterMutations(h.element);
        expect(h.titles()).to.deep.equal(['First', 'Second']);
      });

      it('shows the markup of a child added later, and of one put in the place of another, in its item', async () => {
        const h = await mount({ children: [{ title: 'First' }] });
        const added = writeChild({ title: 'Second', body: 'About the <strong>second</strong>.' });
        h.element.append(added);
        await afterMutations(h.element);
        // The same title, so the same id and item: only the element showing in it changed.
        const replacement = writeChild({ title: 'First', body: 'About the <strong>first</strong>, rewritten.' });
        h.element.querySelector(child.tag)!.replaceWith(replacement);
        await afterMutations(h.element);
        for (const [i, node] of [replacement, added].entries()) {
          await h.reveal(i);
          expect(h.items[i].contains(node.assignedSlot), `child ${i} is shown in item ${i}`).to.equal(true);
          expect(node.querySelector('strong')!.offsetParent, `child ${i}'s markup is rendered`).to.not.equal(null);
        }
      });

      it('follows a child’s title edited later', async () => {
        const h = await mount({ children: [{ title: 'First' }, { title: 'Second' }] });
        h.element.querySelector(child.tag)!.setAttribute(child.titleAttribute, 'First, edited');
        await afterMutations(h.element);
        expect(h.titles()).to.deep.equal(['First, edited', 'Second']);
      });

      it('follows children removed later, back to the items property when none are left', async () => {
        const h = await mount({ items: [item('From items')], children: [{ title: 'First' }, { title: 'Second' }] });
        h.element.querySelector(child.tag)!.remove();
        await afterMutations(h.element);
        expect(h.titles()).to.deep.equal(['Second']);
        h.element.querySelector(child.tag)!.remove();
        await afterMutations(h.element);
        expect(h.titles()).to.deep.equal(['From items']);
      });

      it('follows a new items array', async () => {
        const h = await mount({ items: [item('Old')] });
        h.element.items = [item('New'), item('Newer')];
        await h.element.updateComplete;
        expect(h.titles()).to.deep.equal(['New', 'Newer']);
      });

      it('drops the guide’s title and intro when its own items come later', async () => {
        const h = await mount({ guide });
        h.element.items = [item('Mine')];
        await h.element.updateComplete;
        expect(h.titles()).to.deep.equal(['Mine']);
        expect(h.headingText).to.equal(undefined);
        expect(h.intro).to.equal(undefined);
      });

      it('follows a guide that changes later', async () => {
        const h = await mount({ guide });
        const provider = h.element.parentElement as HTMLElementTagNameMap['care-guide'];
        provider.guide = guideOf(['Revised']);
        await provider.updateComplete;
        await h.element.updateComplete;
        expect(h.titles()).to.deep.equal(['Revised']);
      });
    });
  });
}
