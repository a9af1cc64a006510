import type { ReactiveControllerHost } from 'lit';
import type { FaqSearchLoader } from './faq-search-loader.js';
import { HashLinkController } from './hash-link.js';
import type { OpenAnswers } from './open-answers.js';
import type { SectionController } from './section-controller.js';

type Host = ReactiveControllerHost & HTMLElement & { readonly hasUpdated: boolean; renderRoot: HTMLElement | DocumentFragment; query: string; toggle(id: string): void };

/** The question buttons' and answer panels' ids, and back. */
export const questionId = (id: string) => `q-${id}`;
export const answerId = (id: string) => `a-${id}`;
const itemIdOf = (element: Element) => element.id.slice(2);

/**
 * The reader's ways to an FAQ answer: a click on its question (or Enter or Space), find in page
 * reaching its text while it is closed, and a link to its id, which also scrolls to it and
 * focuses its question. Reads back the ids the accordion renders with `questionId` and `answerId`.
 */
export class FaqOpeners {
  #hash: HashLinkController;
  /** Whether following a link ended the search, which hid its question or might have. */
  #ended = false;

  constructor(
    private host: Host,
    private content: SectionController<'faqs'>,
    private open: OpenAnswers,
    private search: FaqSearchLoader,
    /** The host's own update, without the search code's fetch: a deep link is answered at once. */
    private rendered: () => Promise<unknown>,
  ) {
    this.#hash = new HashLinkController(host, (id) => this.#revealById(id));
    host.addEventListener('click', this.#onClick);
  }

  /**
   * Follows a link to a question, if there is one to follow. Call in willUpdate, once the search is
   * updated and before the open answers and the questions listed are read, so that this one update
   * shows the question. Returns true when it ended a search that hid the question, or might have:
   * the host then updates the search again, with no words.
   */
  follow(): boolean {
    this.#ended = false;
    this.#hash.followInUpdate();
    return this.#ended;
  }

  /** Find in page reached text in a closed answer: open it. Heard while capturing, so one listener on the list hears every panel. */
  onBeforeMatch = {
    capture: true,
    handleEvent: (event: Event) => {
      const panel = event.target as Element;
      if (panel.matches('.answer')) this.open.set([itemIdOf(panel)], true);
    },
  };

  /** The rendered question and answer of an id. */
  itemElement(id: string) {
    return this.host.renderRoot.querySelector(`#${CSS.escape(questionId(id))}`)?.closest('.item');
  }

  #revealById(id: string): boolean {
    if (!this.content.items.some((item) => item.id === id)) return false;
    // A search whose code has not come may yet hide the question: ended too, rather than leave the link waiting on the network.
    if (this.search.hides(id) || this.search.unsure) {
      this.host.query = '';
      this.#ended = true;
    }
    this.open.set([id], true);
    this.rendered().then(() => {
      this.itemElement(id)?.scrollIntoView({ block: 'start' });
      this.host.renderRoot.querySelector<HTMLElement>(`#${CSS.escape(questionId(id))}`)?.focus({ preventScroll: true });
    });
    return true;
  }

  /** One listener serves every question: a click on a question's button (or its Enter or Space) toggles its answer. */
  #onClick = (event: Event) => {
    const button = event.composedPath().find((node) => (node as Element).localName === 'button') as Element | undefined;
    if (button?.matches('[part~="toggle"]') && button.getRootNode() === this.host.renderRoot) this.host.toggle(itemIdOf(button));
  };
}
