import type { ReactiveControllerHost } from 'lit';
import { emit } from './events.js';
import type { SectionController } from './section-controller.js';

type Host = ReactiveControllerHost & HTMLElement & { single: boolean };

/**
 * Which answers of an FAQ are open, and which a search shows besides. Opening or closing one
 * re-renders the host, mirrors the state on the CMS child's `open` attribute, and fires
 * `care-faq-toggle` for each answer that changed. What a search shows is a view, as the questions
 * it hides are: none of that.
 */
export class OpenAnswers {
  /** Ids of the open answers. */
  ids = new Set<string>();
  /** Answers shown because a search found the reader's words only there. */
  #found = new Set<string>();
  /** Answers a search showed that the reader closed: they stay closed until the search ends. */
  #dismissed = new Set<string>();

  constructor(
    private host: Host,
    private content: SectionController<'faqs'>,
  ) {}

  /** Whether the answer with this id shows: open, or shown by a search. */
  has(id: string): boolean {
    return this.ids.has(id) || this.#found.has(id);
  }

  /**
   * Shows the answers a search found the reader's words only in (`undefined` when there is no
   * search), until it no longer needs them. In single mode only the first, and only while no open
   * answer is listed, so that one answer at most shows. Call in willUpdate, after the search.
   */
  reveal(ids: string[] | undefined, listed: (id: string) => boolean): void {
    if (!ids) this.#dismissed.clear();
    let found = ids ?? [];
    if (this.host.single) found = [...this.ids].some(listed) ? [] : found.slice(0, 1);
    this.#found = new Set(found.filter((id) => !this.#dismissed.has(id)));
  }

  /** Reads the open answers anew after new content: the `open` attributes of CMS children win. */
  sync(): void {
    let open = this.content.items
      .map((item) => item.id)
      .filter((id) => this.content.nodes.get(id)?.hasAttribute('open') ?? this.ids.has(id));
    if (this.host.single) open = open.slice(0, 1);
    this.ids = new Set(open);
  }

  /** Opens or closes answers by id; unknown ids are ignored. In single mode, opening one closes the others. */
  set(ids: string[], open: boolean): void {
    const known = new Set(this.content.items.map((item) => item.id));
    const targets = ids.filter((id) => known.has(id));
    if (targets.length === 0) return;
    const next = new Set(this.ids);
    // Closing an answer the search showed is the reader's word on it for the rest of this search.
    if (!open) for (const id of targets) if (this.#found.delete(id)) this.#dismissed.add(id);
    if (open && this.host.single) {
      next.clear();
      next.add(targets[0]);
    } else {
      for (const id of targets) {
        if (open) next.add(id);
        else next.delete(id);
      }
    }
    this.#commit(next);
  }

  /** Makes `next` the open answers and tells the CMS children and listeners about each answer that changed. */
  #commit(next: Set<string>) {
    const before = this.ids;
    this.ids = next;
    const changed = this.content.items.map((item) => item.id).filter((id) => next.has(id) !== before.has(id));
    this.content.quietly(() => {
      for (const id of changed) this.content.nodes.get(id)?.toggleAttribute('open', next.has(id));
    });
    for (const id of changed) emit(this.host, 'care-faq-toggle', { id, open: next.has(id) });
    this.host.requestUpdate();
  }
}
