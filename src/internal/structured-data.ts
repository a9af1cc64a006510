import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ValidGuide } from '../content/types.js';

/** The slot the script names: no slot takes it, so it stays out of the page content, and adding it is no slotchange. */
const SLOT = 'structured-data';

type Writer = typeof import('./json-ld-script.js');

/** The code that builds and writes JSON-LD, fetched by the first guide that has some to write. */
let writer: Promise<Writer | undefined> | undefined;

function loadWriter(): Promise<Writer | undefined> {
  writer ??= import('./json-ld-script.js').catch((error: unknown) => {
    console.warn(`care-elements: the guide's structured data could not be written (${String(error)}); a later change tries again.`);
    writer = undefined;
    return undefined;
  });
  return writer;
}

type Host = ReactiveControllerHost & HTMLElement & { readonly value?: ValidGuide; noStructuredData: boolean };

/**
 * Keeps the host's guide as schema.org JSON-LD in a `<script type="application/ld+json">` child:
 * added when a guide loads, updated when it changes, removed when it goes or `no-structured-data`
 * is set. The copy the server wrote is adopted, and none is added beside JSON-LD the page wrote
 * itself; when another script on the page already has an FAQPage, this one leaves its own out.
 * Search engines read it, not patients, so the code that writes it is loaded only by pages that
 * need it, after the guide has rendered.
 */
export class StructuredDataController implements ReactiveController {
  #shown?: ValidGuide;
  /** The latest write, finished or not: the host's `updateComplete` waits for it. */
  written: Promise<void> = Promise.resolve();

  constructor(private host: Host) {
    host.addController(this);
  }

  hostUpdated(): void {
    const guide = this.host.noStructuredData ? undefined : this.host.value;
    // Until a guide arrives there is nothing to say; a server-written script stays while the guide loads.
    if (guide === this.#shown) return;
    this.#shown = guide;
    this.written = this.#write(guide);
  }

  async #write(guide: ValidGuide | undefined): Promise<void> {
    // JSON-LD without the slot is the page's own, or ours after a sanitiser dropped the slot: never add a second.
    const code = guide && !this.#scripts().some((el) => el.slot !== SLOT) ? await loadWriter() : undefined;
    // A later change took over while the code loaded.
    if (guide !== this.#shown) return;
    const scripts = this.#scripts();
    const script = scripts.find((el) => el.slot === SLOT);
    if (!guide || scripts.some((el) => el !== script)) {
      script?.remove();
      return;
    }
    // The code did not load: whatever the server wrote stays.
    if (!code) return;
    const json = code.jsonLdText(guide, !this.#otherFaqPage(script));
    if (script?.textContent === json) return;
    const fresh = code.jsonLdScript(json, SLOT, this.host.ownerDocument);
    if (script) script.replaceWith(fresh);
    else this.host.prepend(fresh);
  }

  #scripts(): HTMLScriptElement[] {
    return [...this.host.querySelectorAll<HTMLScriptElement>(':scope > script[type="application/ld+json"]')];
  }

  #otherFaqPage(own: Element | undefined): boolean {
    const scripts = this.host.ownerDocument.querySelectorAll('script[type="application/ld+json"]');
    return [...scripts].some((script) => script !== own && script.textContent?.includes('FAQPage'));
  }
}
