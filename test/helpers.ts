import { fixture, html } from '@open-wc/testing';
import type { LitElement } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { stemCellInjectionBackPain } from '../src/content/stem-cell-injection-back-pain.js';
import type { ContentProblem, Guide } from '../src/content/types.js';

/** Captures console.warn calls while a test runs. */
export function captureWarnings(): { messages: string[]; restore: () => void } {
  const original = console.warn;
  const messages: string[] = [];
  console.warn = (...args: unknown[]) => messages.push(args.map(String).join(' '));
  return { messages, restore: () => (console.warn = original) };
}

/**
 * For a describe block: captures console warnings in each test and afterwards removes the
 * elements the tests appended to the body.
 */
export function useWarnings(cleanup: string): { messages: string[] } {
  const state = { messages: [] as string[] };
  let restore = () => {};
  beforeEach(() => {
    const capture = captureWarnings();
    state.messages = capture.messages;
    restore = capture.restore;
  });
  afterEach(() => {
    restore();
    document.querySelectorAll(cleanup).forEach((el) => el.remove());
  });
  return state;
}

/** Replaces window.fetch with a function of the test's, until restored. */
export function stubFetch(impl: (url: string, init?: RequestInit) => Promise<Response>): () => void {
  const original = window.fetch;
  window.fetch = ((input: RequestInfo | URL, init?: RequestInit) => impl(String(input), init)) as typeof fetch;
  return () => (window.fetch = original);
}

/** A `fetch` whose every request waits until it is aborted, as one to a server that never answers; returns the restore. */
export const neverAnswer = () =>
  stubFetch((_, init) => new Promise((_, reject) => init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')))));

export const problemPaths = (problems: ContentProblem[]) => problems.map((p) => p.path);

export const packUrl = '/src/content/stem-cell-injection-back-pain.json';

/** Emulates CSS media features the stock command lacks, such as `forced-colors`. Pass [] to reset. */
export async function emulateMediaFeatures(features: { name: string; value: string }[]): Promise<void> {
  const { executeServerCommand } = await import('@web/test-runner-commands');
  await executeServerCommand('emulate-media-features', features);
}

/**
 * Waits for the element's update and jumps its running transitions to their end, so checks see
 * the final state. (Waiting for them would hang in a background tab, where animations do not tick.)
 */
export async function settled(el: HTMLElement & { updateComplete: Promise<unknown> }): Promise<void> {
  await el.updateComplete;
  for (const animation of el.shadowRoot?.getAnimations() ?? []) animation.finish();
}

/**
 * Waits until an element has seen the DOM changes just made: its MutationObserver's callback was
 * queued as a microtask ahead of this one, then comes the update that callback asked for.
 */
export async function afterMutations(el: HTMLElement & { updateComplete: Promise<unknown> }): Promise<void> {
  await null;
  await el.updateComplete;
}

/** For a describe block: the events of one type heard on a target during each test, in order. */
export function recordEvents<K extends keyof DocumentEventMap>(target: Document, type: K): DocumentEventMap[K][] {
  const heard: DocumentEventMap[K][] = [];
  const listener = (event: DocumentEventMap[K]) => heard.push(event);
  beforeEach(() => {
    heard.length = 0;
    target.addEventListener(type, listener);
  });
  afterEach(() => target.removeEventListener(type, listener));
  return heard;
}

/** One item per element that marks the item a link names, by the element's tag and the item's id. */
export const LINKED_ITEMS = [
  ['care-procedure-timeline', 'injection'],
  ['care-risk-list', 'nerve-damage'],
  ['care-benefits-card', 'no-open-surgery'],
  ['care-topic-list', 'spinal-stenosis'],
] as const;

/**
 * Opens the built-in guide at `#id`, as a reader following a link would, and returns the element
 * and the item it marked (null when none). The caller restores the address afterwards.
 */
export async function linkedItem(tag: string, id: string): Promise<{ el: LitElement; item: HTMLElement | null }> {
  history.replaceState(null, '', `#${id}`);
  const wrapper = await fixture(html`<care-guide .guide=${stemCellInjectionBackPain}>
    <care-topic-list section="conditions"></care-topic-list><care-procedure-timeline></care-procedure-timeline>
    <care-benefits-card></care-benefits-card><care-risk-list></care-risk-list>
  </care-guide>`);
  const el = wrapper.querySelector<LitElement>(tag)!;
  await el.updateComplete;
  // The mark is set once the hash is matched after the first render.
  await el.updateComplete;
  return { el, item: el.shadowRoot!.querySelector<HTMLElement>('[data-target]') };
}

/** The whole guide as the README composes it: every element in the order a clinic page shows them, with the footers a clinic adds. */
export const fullGuide = (guide: Guide, layout?: string) => html`<care-guide .guide=${guide} layout=${ifDefined(layout)}>
  <care-guide-header></care-guide-header>
  <care-topic-list section="conditions"></care-topic-list>
  <care-procedure-timeline orientation="horizontal"></care-procedure-timeline>
  <care-benefits-card><a slot="footer" href="#book">Book a consultation</a></care-benefits-card>
  <care-risk-list variant="outlined" sort="severity"><p slot="footer"><a href="#book">Talk to your doctor</a> about these risks.</p></care-risk-list>
  <care-topic-list section="recovery"></care-topic-list>
  <care-topic-list section="tips"></care-topic-list>
  <care-faq-accordion toggle-all searchable></care-faq-accordion>
  <care-review-note reviewed-by="Dr. Jane Okafor, Riverside Spine Clinic" last-reviewed="2026-11-20" next-review="2027-11-20"></care-review-note>
</care-guide>`;

/** For a describe block: the reasons of the promise rejections nothing handled during each test. */
export function useUnhandledRejections(): unknown[] {
  const reasons: unknown[] = [];
  const record = (event: PromiseRejectionEvent) => reasons.push(event.reason);
  beforeEach(() => {
    reasons.length = 0;
    window.addEventListener('unhandledrejection', record);
  });
  afterEach(() => window.removeEventListener('unhandledrejection', record));
  return reasons;
}

/**
 * Stands in for the network behind code fetched when first used (an object with a `load`): each
 * fetch waits until the test settles it, with `answer()` or an error. `nextCall()` resolves when
 * the code is next asked for; `restore()` puts the real fetch back.
 */
export function chunkStandIn<T>(source: { load: (...args: never[]) => Promise<T> }, answer: () => T | Promise<T>) {
  const real = source.load;
  let calls = 0;
  let settle!: { resolve: () => void; reject: (error: Error) => void };
  let asked = () => {};
  source.load = () => {
    calls++;
    asked();
    return new Promise<T>((resolve, reject) => (settle = { resolve: () => resolve(answer()), reject }));
  };
  return {
    calls: () => calls,
    nextCall: () => new Promise<void>((resolve) => (asked = resolve)),
    settle: () => settle,
    restore: () => (source.load = real),
  };
}

/** The ranges a highlight holds, as live ranges a test can read (`toString`, boxes): the elements mark with static ones. */
export function liveRanges(highlight: Highlight): Range[] {
  return [...highlight].map((marked) => {
    const range = new Range();
    range.setStart(marked.startContainer, marked.startOffset);
    range.setEnd(marked.endContainer, marked.endOffset);
    return range;
  });
}
