// Markup as a CMS stores it, rendered the way a reader meets it, so that a test can compare what
// two versions of the same markup show: the autop and sanitizer tests.
import { render } from 'lit';
import { captureWarnings } from './helpers.js';
import * as benefitsCard from '../stories/benefits-card.stories.js';
import * as faqAccordion from '../stories/faq-accordion.stories.js';
import * as fullPage from '../stories/full-page.stories.js';
import * as guide from '../stories/guide.stories.js';
import * as procedureTimeline from '../stories/procedure-timeline.stories.js';
import * as reviewNote from '../stories/review-note.stories.js';
import * as riskList from '../stories/risk-list.stories.js';
import * as topicList from '../stories/topic-list.stories.js';

type Updating = Element & { updateComplete?: Promise<unknown> };
type Guide = Updating & { value?: unknown; problems?: readonly unknown[] };

/** The elements that draw a section; `<care-guide>` draws nothing of its own. */
const SECTIONS = 'care-faq-accordion, care-procedure-timeline, care-risk-list, care-benefits-card, care-topic-list, care-review-note';

/** Whether markup holds a CMS child tag, which makes it an authoring example. */
export const hasChildTags = (markup: string): boolean => /<care-(faq-item|step|risk|benefit|topic)[\s>]/.test(markup);

/** The text a reader is shown in a node: through shadow roots and into what each slot shows, whitespace folded. */
export function shownText(node: Node): string {
  const walk = (current: Node): string => {
    if (current.nodeType === Node.TEXT_NODE) return current.textContent ?? '';
    if (current.nodeType !== Node.ELEMENT_NODE && current.nodeType !== Node.DOCUMENT_FRAGMENT_NODE) return '';
    const el = current as Element;
    if (['script', 'style', 'template'].includes(el.localName)) return '';
    if (el.localName === 'slot') {
      const assigned = (el as HTMLSlotElement).assignedNodes({ flatten: true });
      return (assigned.length > 0 ? assigned : Array.from(el.childNodes)).map(walk).join(' ');
    }
    return Array.from((el.shadowRoot ?? el).childNodes, walk).join(' ');
  };
  return walk(node).replace(/\s+/g, ' ').trim();
}

export interface Shown {
  tag: string;
  /** The text of each item (question and answer, step, risk, benefit, topic), in order. */
  items: string[];
  /** Everything the element shows. */
  text: string;
}

/** What each section element under `root` shows, in document order. */
export function shownSections(root: ParentNode): Shown[] {
  return Array.from(root.querySelectorAll(SECTIONS), (el) => ({
    tag: el.localName,
    items: Array.from(el.shadowRoot!.querySelectorAll('[part~="item"]'), shownText),
    text: shownText(el),
  }));
}

/** Waits until every care-* element under `root` has rendered, guides with `src` included. */
export async function settle(root: ParentNode, registry: CustomElementRegistry = customElements): Promise<void> {
  const all = () => Array.from(root.querySelectorAll<Updating>('*')).filter((el) => el.localName.startsWith('care-'));
  for (const tag of new Set(all().map((el) => el.localName))) await registry.whenDefined(tag);
  for (const guide of root.querySelectorAll<Guide>('care-guide[src]')) {
    await guide.updateComplete;
    if (!guide.value && guide.problems?.length === 0) {
      await new Promise((resolve) => {
        guide.addEventListener('care-guide-load', resolve, { once: true });
        guide.addEventListener('care-content-error', resolve, { once: true });
      });
    }
  }
  // Twice: a guide or a mended child list makes the elements inside update once more.
  for (let round = 0; round < 2; round++) await Promise.all(all().map((el) => el.updateComplete));
}

export interface Page {
  sections: Shown[];
  warnings: string[];
  root: ParentNode;
}

/** Renders markup in this page, as the CMS would write it into a page where the elements are defined. */
export async function renderHere(markup: string, container: HTMLElement): Promise<Page> {
  const capture = captureWarnings();
  try {
    container.innerHTML = markup;
    await settle(container);
    return { sections: shownSections(container), warnings: capture.messages, root: container };
  } finally {
    capture.restore();
  }
}

/** A story's markup, as its `render()` writes it and before any element touches it. */
export function storyMarkup(template: unknown): string {
  const scratch = document.implementation.createHTMLDocument('');
  render(template, scratch.body, { creationScope: scratch });
  return scratch.body.innerHTML.replace(/<!--[^]*?-->/g, '');
}

/** The README's CDN URLs, of any version, and its self-hosted path, both served here from the local dist/. */
const CDN = /https:\/\/cdn\.jsdelivr\.net\/npm\/care-elements(@[^/]+)?\//g;
const SELF_HOSTED = '/assets/care-elements/';
const BUNDLE = '/dist/cdn/care-elements.js';

/**
 * Renders a page body in a frame, as a clinic site serves it: with the page's own script tag
 * when it has one, else the bundle loaded the way a theme enqueues it, after the content. CDN
 * URLs point at the local dist/, which the test command builds first.
 */
export async function renderFramed(body: string): Promise<Page> {
  const local = body.replace(CDN, '/').replaceAll(SELF_HOSTED, '/dist/');
  const script = /<script [^>]*src="\/dist\/cdn\//.test(local) ? '' : `<script type="module" src="${BUNDLE}"></script>`;
  const frame = document.createElement('iframe');
  frame.srcdoc = `<!doctype html><html lang="en"><head><script>
    window.warnings = []; console.warn = (...args) => window.warnings.push(args.join(' '));
  </script></head><body>${local}${script}</body></html>`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as Window & typeof globalThis & { warnings: string[] };
  await settle(win.document, win.customElements);
  return { sections: shownSections(win.document), warnings: win.warnings, root: win.document };
}

/** The ```html examples of the README that show elements, in order (not those of a script or link tag alone). */
export async function readmeExamples(): Promise<string[]> {
  const readme = await (await fetch('/README.md')).text();
  return Array.from(readme.matchAll(/^```html\n([^]*?)^```/gm), (match) => match[1]).filter((example) => /<care-/.test(example));
}

type Story = { render?: (args: object, context: never) => unknown; args?: object };

/**
 * Every story's markup that holds CMS child tags: what a CMS integrator copies from Storybook.
 */
export function cmsStories(): [string, string][] {
  const modules = { benefitsCard, faqAccordion, fullPage, guide, procedureTimeline, reviewNote, riskList, topicList };
  const found: [string, string][] = [];
  for (const [file, { default: meta, ...stories }] of Object.entries(modules)) {
    for (const [name, story] of Object.entries(stories as Record<string, Story>)) {
      const render = story.render ?? (meta as Story).render;
      const markup = render ? storyMarkup(render({ ...(meta as Story).args, ...story.args }, undefined as never)) : '';
      if (hasChildTags(markup)) found.push([`${file} ${name}`, markup]);
    }
  }
  return found;
}
