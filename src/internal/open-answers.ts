import type { ReactiveControllerHost } from 'lit';
import { emit } from './events.js';
import type { SectionController } from './section-controller.js';

type Host = ReactiveControllerHost & HTMLElement & { single: boolean };

/**
 * Which answers of an FAQ are open. Opening or closing one re-renders the host, mirrors the state
 * on the CMS child's `open` attribute, and fires `care-faq-toggle` for each answer that changed.
 */
export class OpenAnswers {
  /** Ids of the open answers. */
  ids = new Set<string>();

  constructor(
    private host: Host,
    private content: SectionController<'faqs'>,
  ) {}

  /** Whether the answer with this id is open. */
  has(id: string): boolean {
    return this.ids.has(id);
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
