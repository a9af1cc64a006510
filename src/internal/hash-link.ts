import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Opens the item named by the page's URL fragment: on load (as soon as an item with that id
 * exists, even when content arrives later) and on every `hashchange`.
 */
export class HashLinkController implements ReactiveController {
  #pending = false;

  constructor(
    private host: ReactiveControllerHost & HTMLElement,
    /** Shows the item and returns true when the host has an item with this id. */
    private reveal: (id: string) => boolean,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('hashchange', this.#onHashChange);
    this.#pending = true;
  }

  hostDisconnected(): void {
    window.removeEventListener('hashchange', this.#onHashChange);
  }

  hostUpdated(): void {
    if (!this.#pending) return;
    const id = currentId();
    if (!id || this.reveal(id)) this.#pending = false;
  }

  #onHashChange = () => {
    this.#pending = true;
    this.host.requestUpdate();
  };
}

/** The URL fragment without its #, decoded. */
function currentId(): string {
  const hash = window.location.hash.slice(1);
  try {
    return decodeURIComponent(hash);
  } catch {
    return hash;
  }
}
