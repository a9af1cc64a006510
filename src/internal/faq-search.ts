import type { ReactiveControllerHost } from 'lit';
import type { FaqItem, Valid } from '../content/types.js';
import { matchesWords, SearchHighlight, searchWords } from './search.js';
import type { SectionController } from './section-controller.js';
import { format, plural } from './strings.js';

type Host = ReactiveControllerHost & HTMLElement & { renderRoot: HTMLElement | DocumentFragment };

/**
 * How long the status line waits for the reader to stop typing before it speaks. GOV.UK's
 * accessible-autocomplete settled on 1.4 s after testing with JAWS, NVDA and VoiceOver, whose echo
 * of each typed key otherwise cuts the message off; Cloudscape's text filter waits longer still (2 s).
 */
export const QUIET_MS = 1400;

/** Longest search the status line quotes back; a pasted paragraph is cut, with an ellipsis, whole characters kept. */
const QUOTED_LENGTH = 60;
const quoted = (query: string) => {
  const chars = Array.from(query.slice(0, QUOTED_LENGTH * 2));
  return chars.length > QUOTED_LENGTH || query.length > QUOTED_LENGTH * 2 ? `${chars.slice(0, QUOTED_LENGTH).join('')}…` : query;
};

/** The timer the status line waits with. An object, so that a test can end the wait itself instead of sleeping. */
export const statusClock = {
  wait: (done: () => void, ms: number): unknown => setTimeout(done, ms),
  cancel: (timer: unknown): void => clearTimeout(timer as ReturnType<typeof setTimeout>),
};

/**
 * The FAQ's search: which questions match the reader's words, the message that announces how
 * many once the reader pauses, the answers that show why a question matched, and the marks on the
 * matching words in questions and answers, rendered ones and CMS children alike.
 */
export class FaqSearch {
  /** Ids of the questions that match, while there is a search. */
  matching?: Set<string>;
  /** Ids of the matching questions whose own words do not all match: only their answers show why they are listed. */
  inAnswers: string[] = [];
  /** What screen readers hear: how many questions matched when the reader last paused; nothing without a search. */
  announcement = '';
  #query = '';
  #words: string[] = [];
  #timer?: unknown;

  constructor(
    private host: Host,
    private content: SectionController<'faqs'>,
    /** The rendered element of a question and its answer. */
    private itemElement: (id: string) => Element | null | undefined,
  ) {
    new SearchHighlight(host, () => this.#highlightTarget());
    // A count still to be said is dropped with the accordion: nobody is left to hear it.
    host.addController({
      hostDisconnected: () => {
        statusClock.cancel(this.#timer);
        this.#timer = undefined;
      },
    });
  }

  /**
   * Finds the questions that match `query`; an empty query ends the search. A query the reader is
   * typing (`typed`) is announced once they pause; any other at once. Call in willUpdate.
   */
  update(query: string, typed = false): void {
    this.#query = query.trim();
    // Folded once per search, not once per question: a pasted paragraph is thousands of characters.
    const words = (this.#words = searchWords(this.#query));
    const items: Valid<FaqItem>[] = this.content.items;
    const matching = this.#query ? items.filter((item) => matchesWords(words, item.question, item.answer)) : undefined;
    this.matching = matching && new Set(matching.map((item) => item.id));
    this.inAnswers = (matching ?? []).filter((item) => !matchesWords(words, item.question)).map((item) => item.id);
    const message = this.message;
    // A status that changes with every keystroke is cut off by the next one: it speaks once typing pauses.
    if (!message || typed) {
      statusClock.cancel(this.#timer);
      this.#timer = undefined;
    }
    if (message && typed) {
      // Emptied while the reader types, so that the count after the pause is new text, and is spoken, even when it is the last one's.
      this.announcement = '';
      this.#timer = statusClock.wait(() => {
        this.#timer = undefined;
        this.announcement = this.message;
        this.host.requestUpdate();
      }, QUIET_MS);
    } else if (!this.#timer) this.announcement = message;
  }

  /** Whether the search leaves this question out. */
  hides(id: string): boolean {
    return this.matching ? !this.matching.has(id) : false;
  }

  /** What the status line shows as the reader types: how many questions match, or that none does; nothing without a search. */
  get message(): string {
    const { strings, lang, items } = this.content;
    if (!this.matching) return '';
    if (this.matching.size === 0) return format(strings.searchNone, { query: quoted(this.#query) });
    // "1 of 1 questions" reads wrong in most languages: the only question has a sentence of its own.
    if (items.length === 1) return strings.searchOnly;
    return plural(strings, lang, 'searchResults', this.matching.size, { total: items.length });
  }

  /** The matching questions and answers: rendered ones, and the answer content of CMS children. */
  #highlightTarget() {
    const nodes: Node[] = [];
    for (const id of this.matching ?? []) {
      const item = this.itemElement(id);
      if (item) nodes.push(item);
      const child = this.content.nodes.get(id);
      if (child) nodes.push(...Array.from(child.childNodes).filter((node) => (node as Element).slot !== 'question'));
    }
    return { words: this.matching ? this.#words : [], nodes };
  }
}
