import type { ReactiveController, ReactiveControllerHost } from 'lit';

type Host = ReactiveControllerHost & HTMLElement & { readonly hasUpdated: boolean };

/**
 * Reveals the item named by the page's URL fragment (`#injection`, ids stay bare). An item is
 * revealed when the fragment first names it, on load or when late content brings it, again on
 * every `hashchange`, and when a link to the fragment the page is already at is followed again
 * (a citation followed twice), which changes no hash; never on re-attach, so moving an element
 * does not pull focus or scroll back. An element of the page's own with that id always wins: then
 * no item is revealed, and the browser scrolls to it. The fragment is followed after each update; a
 * host whose state revealing changes also calls `followInUpdate()` in `willUpdate`, so that one
 * update shows it.
 */
export class HashLinkController implements ReactiveController {
  #pending = false;
  /** The fragment this host has already answered, revealed or left to the page. */
  #answered?: string;
  /** Whether the host takes over a server's markup: the update that does so writes nothing. */
  #serverMarkup = false;

  constructor(
    private host: Host,
    /** Shows the item and returns true when the host has an item with this id; false leaves the fragment to a later update. */
    private reveal: (id: string) => boolean,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    // Before the first update, a shadow root with content is the server's declarative one: the one Lit makes stays empty until it renders.
    if (!this.host.hasUpdated) this.#serverMarkup = Boolean(this.host.shadowRoot?.hasChildNodes());
    window.addEventListener('hashchange', this.#onHashChange);
    this.host.ownerDocument.addEventListener('click', this.#onClick);
    this.#pending = window.location.hash !== this.#answered;
  }

  hostDisconnected(): void {
    window.removeEventListener('hashchange', this.#onHashChange);
    this.host.ownerDocument.removeEventListener('click', this.#onClick);
  }

  hostUpdated(): void {
    this.follow();
  }

  /**
   * Reveals the item in the host's `willUpdate`, so that the update shows what revealing changed;
   * not in the update that takes over a server's markup, which writes nothing: the one after it does.
   */
  followInUpdate(): void {
    if (this.host.hasUpdated || !this.#serverMarkup) this.follow();
  }

  /** Reveals the item the fragment names, unless this host has answered it. */
  follow(): void {
    if (!this.#pending) return;
    const hash = window.location.hash;
    const id = decodeFragment(hash);
    if (!id) {
      this.#pending = false;
      return;
    }
    const own = document.getElementById(id);
    const ownChild = own !== null && this.host.contains(own);
    if ((own && !ownChild) || this.reveal(id)) {
      this.#pending = false;
      this.#answered = hash;
      // A CMS-written child with the id is the browser's own target too: while the page loads, Chromium scrolls to it and takes focus away.
      if (ownChild && document.readyState !== 'complete') window.addEventListener('load', () => this.#revealAgain(hash, id), { once: true });
    }
  }

  #revealAgain(hash: string, id: string) {
    if (this.host.isConnected && window.location.hash === hash) this.reveal(id);
  }

  #onHashChange = () => {
    this.#answered = undefined;
    this.#pending = true;
    this.host.requestUpdate();
  };

  /** A link followed in this tab to the fragment the page is at: the browser fires no `hashchange`, and cannot see into shadow roots. */
  #onClick = (event: MouseEvent) => {
    if (event.defaultPrevented || event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return;
    const link = event.composedPath().find((node): node is HTMLAnchorElement => node instanceof HTMLAnchorElement && node.hasAttribute('href'));
    if (!link || (link.target && link.target !== '_self') || link.hasAttribute('download')) return;
    if (link.hash && link.href === window.location.href) this.#onHashChange();
  };
}

/** The URL fragment without its #, decoded. */
function decodeFragment(hash: string): string {
  const id = hash.slice(1);
  try {
    return decodeURIComponent(id);
  } catch {
    return id;
  }
}

/**
 * Scrolls a rendered item (`data-id` in the host's shadow root) into view and marks it with
 * `data-target`, which the shared styles draw as a fading highlight. Returns false when there is none.
 */
export function markItem(host: HTMLElement, id: string): boolean {
  const root = host.shadowRoot;
  const item = root?.querySelector<HTMLElement>(`[data-id="${CSS.escape(id)}"]`);
  if (!root || !item) return false;
  for (const marked of root.querySelectorAll('[data-target]')) marked.removeAttribute('data-target');
  // A fresh attribute restarts the fade when the same item is named again.
  void item.offsetWidth;
  item.setAttribute('data-target', '');
  item.tabIndex = -1;
  item.scrollIntoView({ block: 'start' });
  item.focus({ preventScroll: true });
  return true;
}
