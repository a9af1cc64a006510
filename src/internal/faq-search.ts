import type { ReactiveControllerHost } from 'lit';
import type { FaqItem, Valid } from '../content/types.js';
import { matchesQuery, SearchHighlight, searchWords } from './search.js';
import type { SectionController } from './section-controller.js';
import { format, plural } from './strings.js';

type Host = ReactiveControllerHost & HTMLElement & { renderRoot: HTMLElement | DocumentFragment };

/**
 * The FAQ's search: which questions match the reader's words, the message that announces how
 * many, and the marks on the matching words in questions and answers, rendered ones and CMS
 * children alike.
 */
export class FaqSearch {
  /** Ids of the questions that match, while there is a search. */
  matching?: Set<string>;
  #query = '';

  constructor(
    host: Host,
    private content: SectionController<'faqs'>,
    /** The rendered element of a question and its answer. */
    private itemElement: (id: string) => Element | null | undefined,
  ) {
    new SearchHighlight(host, () => this.#highlightTarget());
  }

  /** Finds the questions that match `query`; an empty query ends the search. Call in willUpdate. */
  update(query: string): void {
    this.#query = query.trim();
    const items: Valid<FaqItem>[] = this.content.items;
    this.matching = this.#query
      ? new Set(items.filter((item) => matchesQuery(this.#query, item.question, item.answer)).map((item) => item.id))
      : undefined;
  }

  /** Whether the search leaves this question out. */
  hides(id: string): boolean {
    return this.matching ? !this.matching.has(id) : false;
  }

  /** What the status line says: how many questions match, or that none does; nothing without a search. */
  get message(): string {
    const { strings, lang, items } = this.content;
    if (!this.matching) return '';
    if (this.matching.size === 0) return format(strings.searchNone, { query: this.#query });
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
    return { words: this.matching ? searchWords(this.#query) : [], nodes };
  }
}
