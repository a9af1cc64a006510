import { isServer } from 'lit';
import type { FaqSearch } from './faq-search.js';
import { lazyChunk } from './lazy-chunk.js';

type Search = typeof FaqSearch;
type Args = ConstructorParameters<Search>;

let provided: Search | undefined;
let warnedServer = false;

/**
 * Where the search code comes from: a chunk of its own, fetched when first needed. An object, so
 * that a test can make the fetch fail or stall as a network would.
 */
export const searchSource = { load: (): Promise<{ FaqSearch: Search }> => import('./faq-search.js') };

/**
 * Makes the search code present from the start: a server renders at once and cannot wait for it,
 * and a hydrating page's first render must match what the server rendered.
 */
export function provideFaqSearch(search: Search): void {
  provided = search;
}

const fetchFaqSearch = lazyChunk(() => searchSource.load(), "the FAQ's search", 'every question stays shown.');

/**
 * The FAQ's search as the accordion uses it, its code fetched the first time a reader may search:
 * when the search box gets focus, or a query is set. Readers who never search never download it,
 * and one who does has it by the first keystroke, on all but the slowest networks. Until it is
 * there, and when it cannot be fetched, the search hides nothing and announces nothing.
 */
export class FaqSearchLoader {
  /** The fetch of the search code this accordion is waiting for, if any. Never rejects. */
  pending?: Promise<void>;
  #search?: FaqSearch;
  /** A fetch failed: typing on asks nothing more of the network until the search box next gets focus. */
  #failed = false;
  /** The words of the last update; none before the first, whose query the page gave rather than a reader typed. */
  #words?: string;
  /** Whether the reader has typed since the first update, whose query the page gave. */
  #typed = false;

  constructor(private args: Args) {}

  /** Finds the questions that match; with a query and no search code yet, fetches it. Call in willUpdate. */
  update(searchable: boolean, query: string): void {
    const words = searchable ? query.trim() : '';
    const typed = this.#words !== undefined && words !== this.#words;
    if (typed) this.#typed = true;
    this.#words = words;
    // Code that comes while the reader types speaks once they pause, as it would have had it been here.
    const arrived = !this.#search && words !== '' && this.#create();
    if (this.#search) this.#search.update(words, typed || (arrived && this.#typed));
    else if (words && !this.#failed) this.#fetch();
  }

  /** The reader is about to search: fetches the search code unless it is here or on its way, also after a failed fetch. */
  load(): void {
    this.#failed = false;
    this.#fetch();
  }

  #fetch(): void {
    if (this.#search || this.pending || this.#create()) return;
    if (isServer) {
      if (!warnedServer) console.warn("care-elements: the FAQ's search is not loaded on this server, so a query hides no question; importing 'care-elements/server' brings it.");
      warnedServer = true;
      return;
    }
    this.pending = fetchFaqSearch().then(
      (module) => {
        provided ??= module.FaqSearch;
        this.pending = undefined;
        this.args[0].requestUpdate();
      },
      () => {
        // Warned by lazyChunk; every question stays shown.
        this.pending = undefined;
        this.#failed = true;
      },
    );
  }

  /** Whether the search has words and its code is still on its way: which questions it leaves out is not known yet. */
  get unsure(): boolean {
    return Boolean(this.pending && this.#words);
  }

  /** Whether the search leaves this question out. */
  hides(id: string): boolean {
    return this.#search?.hides(id) ?? false;
  }

  /** What the status line shows; nothing without a search. */
  get message(): string {
    return this.#search?.message ?? '';
  }

  /** What screen readers hear of it, once typing pauses; nothing without a search. */
  get announcement(): string {
    return this.#search?.announcement ?? '';
  }

  /** Ids of the matching questions whose answers alone show why; none without a search. */
  get inAnswers(): string[] | undefined {
    return this.#search?.matching && this.#search.inAnswers;
  }

  /** Makes the search from code already here: provided, or fetched for another accordion. */
  #create(): boolean {
    if (provided) this.#search = new provided(...this.args);
    return Boolean(this.#search);
  }
}
