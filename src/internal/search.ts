import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { foldText } from '../content/slug.js';

/**
 * The distinct words of a search, folded like the text they are looked for in: a word typed twice
 * is looked for and marked once.
 */
export function searchWords(query: string): string[] {
  return [...new Set(foldText(query).split(/\s+/).filter(Boolean))];
}

/** True when every one of the words (from `searchWords`) is found in one of the texts. */
export function matchesWords(words: string[], ...texts: (string | undefined)[]): boolean {
  const haystack = foldText(texts.filter(Boolean).join(' '));
  return words.every((word) => haystack.includes(word));
}

/**
 * The most matches marked at once, the first in the page's order. A browser draws a thousand marks in
 * milliseconds; a letter common in a thousand answers makes 20,000 and more, which held Chromium's
 * next frame for seconds at a keystroke. A search that reaches the cap still lists every question it
 * matches.
 */
export const MAX_MARKS = 1000;

/**
 * Folds text like `foldText` and keeps, for each folded character, the index in `text` it came
 * from, so that a match found in folded text can be marked in the original. The last entry is
 * the end of the text.
 */
export function foldWithOffsets(text: string): { folded: string; offsets: number[] } {
  if (/^[\x20-\x7e\s]*$/.test(text)) {
    return { folded: text.toLowerCase(), offsets: Array.from({ length: text.length + 1 }, (_, i) => i) };
  }
  let folded = '';
  const offsets: number[] = [];
  let index = 0;
  for (const char of text) {
    const part = foldText(char);
    folded += part;
    for (let i = 0; i < part.length; i++) offsets.push(index);
    index += char.length;
  }
  offsets.push(index);
  return { folded, offsets };
}

/**
 * A range over every place in a text node where one of the (folded) words occurs, `limit` at most. Static ranges:
 * they are made anew after every update, and live ones would each be updated by the browser at
 * every change to the page (in Firefox, seconds for a common word in thousands of answers).
 */
export function rangesIn(node: Text, words: string[], limit = Infinity): StaticRange[] {
  const { folded, offsets } = foldWithOffsets(node.data);
  const ranges: StaticRange[] = [];
  for (const word of words) {
    for (let at = folded.indexOf(word); at !== -1 && ranges.length < limit; at = folded.indexOf(word, at + word.length)) {
      ranges.push(new StaticRange({ startContainer: node, startOffset: offsets[at], endContainer: node, endOffset: offsets[at + word.length] }));
    }
  }
  return ranges;
}

/** The ranges of the words in the text under each node, in order, up to `MAX_MARKS`. */
function markedRanges(nodes: Node[], words: string[]): StaticRange[] {
  const ranges: StaticRange[] = [];
  if (words.length === 0) return ranges;
  for (const node of nodes) {
    for (const text of textNodes(node)) {
      ranges.push(...rangesIn(text, words, MAX_MARKS - ranges.length));
      if (ranges.length === MAX_MARKS) return ranges;
    }
  }
  return ranges;
}

/** Text nodes under `root`, or root itself when it is one; none inside scripts, styles and templates. */
function* textNodes(root: Node): Generator<Text> {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) => (node.parentElement?.closest('script, style, template') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
  });
  for (let node: Node | null = walker.currentNode; node; node = walker.nextNode()) {
    if (node.nodeType === Node.TEXT_NODE) yield node as Text;
  }
}

type Host = ReactiveControllerHost & HTMLElement & { renderRoot: HTMLElement | DocumentFragment };

/** What to mark: the folded words of the search, and the nodes whose text may hold them. */
export interface HighlightTarget {
  words: string[];
  nodes: Node[];
}

let count = 0;

/**
 * Marks the words of a search in the host's text with the CSS Custom Highlight API, after every
 * update, without changing the DOM: in its shadow root and in the light-DOM content it shows through
 * slots. The registry is one per page, so each host registers under a name of its own, styled in
 * its own shadow root and in the tree around it, where its light-DOM content lives. Does nothing
 * where the API is missing.
 */
export class SearchHighlight implements ReactiveController {
  /** The name this host's matches have in `CSS.highlights`. */
  readonly name = `care-search-${++count}`;
  #sheet?: CSSStyleSheet;
  /** The tree around the host, where its sheet is adopted too while it is on the page. */
  #outer?: Document | ShadowRoot;

  constructor(
    private host: Host,
    private target: () => HighlightTarget,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    // Back on the page: marks again what its last update found, which leaving took away.
    this.host.requestUpdate();
  }

  hostUpdated(): void {
    const registry = globalThis.CSS?.highlights;
    // The registry is the page's: a host that has left it (an update may still run) marks nothing there.
    if (!registry || !this.host.isConnected) return;
    const { words, nodes } = this.target();
    const ranges = markedRanges(nodes, words);
    if (ranges.length === 0) {
      registry.delete(this.name);
      return;
    }
    this.#style();
    registry.set(this.name, new Highlight(...ranges));
  }

  hostDisconnected(): void {
    globalThis.CSS?.highlights?.delete(this.name);
    if (this.#outer) this.#outer.adoptedStyleSheets = this.#outer.adoptedStyleSheets.filter((sheet) => sheet !== this.#sheet);
    this.#outer = undefined;
  }

  /**
   * A `::highlight()` rule for this host's name: marks in system colours, which forced colours keep, and
   * underlined, as a mark colour barely differs from a white page.
   * In its shadow root, and in the tree around it: light-DOM text shown through a slot takes its
   * marks' style from its own tree in Firefox, not from the slot as in Chromium.
   */
  #style() {
    const root = this.host.renderRoot;
    if (!(root instanceof ShadowRoot)) return;
    if (!this.#sheet) {
      this.#sheet = new CSSStyleSheet();
      this.#sheet.replaceSync(
        `::highlight(${this.name}) { background-color: Mark; color: MarkText; text-decoration: underline; }
        @media (forced-colors: active) { ::highlight(${this.name}) { background-color: Highlight; color: HighlightText; } }`,
      );
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, this.#sheet];
    }
    const outer = this.host.getRootNode();
    if (outer !== this.#outer && (outer instanceof Document || outer instanceof ShadowRoot)) {
      outer.adoptedStyleSheets = [...outer.adoptedStyleSheets, this.#sheet];
      this.#outer = outer;
    }
  }
}
