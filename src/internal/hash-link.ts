import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Opens the item named by the page's URL fragment: on load (as soon as an item with that id
 * exists, even when content arrives later) and on every `hashchange`.
 */
export class HashLinkController implements ReactiveController {
  private pending = false;

  constructor(
    private host: ReactiveControllerHost & HTMLElement,
    /** Shows the item and returns true when the host has an item with this id. */
    private reveal: (id: string) => boolean,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('hashchange', this.onHashChange);
    this.pending = true;
  }

  hostDisconnected(): void {
    window.removeEventListener('hashchange', this.onHashChange);
  }

  hostUpdated(): void {
    if (!this.pending) return;
    const id = HashLinkController.currentId();
    if (!id) {
      this.pending = false;
    } else if (this.reveal(id)) {
      this.pending = false;
    }
  }

  private onHashChange = () => {
    this.pending = true;
    this.host.requestUpdate();
  };

  static currentId(): string {
    try {
      return decodeURIComponent(window.location.hash.slice(1));
    } catch {
      return window.location.hash.slice(1);
    }
  }
}
