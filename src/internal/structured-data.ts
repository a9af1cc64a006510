import { render, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import { jsonLdGraph, scriptJson } from '../content/jsonld.js';
import type { ValidGuide } from '../content/types.js';

/** The slot names no slot: the script stays out of the page content, and adding it is no slotchange. */
const SLOT = 'structured-data';

type Host = ReactiveControllerHost & HTMLElement & { readonly value?: ValidGuide; noStructuredData: boolean };

/**
 * Keeps the host's guide as schema.org JSON-LD in a `<script type="application/ld+json">` child:
 * added when a guide loads, updated when it changes, removed when it goes or `no-structured-data`
 * is set. The copy the server wrote is adopted, and none is added beside JSON-LD the page wrote
 * itself; when another script on the page already has an FAQPage, this one leaves its own out.
 */
export class StructuredDataController implements ReactiveController {
  #shown?: ValidGuide;

  constructor(private host: Host) {
    host.addController(this);
  }

  hostUpdated(): void {
    const guide = this.host.noStructuredData ? undefined : this.host.value;
    // Until a guide arrives there is nothing to say; a server-written script stays while the guide loads.
    if (guide === this.#shown) return;
    this.#shown = guide;
    const scripts = [...this.host.querySelectorAll<HTMLScriptElement>(':scope > script[type="application/ld+json"]')];
    const script = scripts.find((el) => el.slot === SLOT);
    // JSON-LD without the slot is the page's own, or ours after a sanitiser dropped the slot: never add a second.
    if (!guide || scripts.some((el) => el !== script)) {
      script?.remove();
      return;
    }
    const json = scriptJson(jsonLdGraph(guide, { faq: !this.#otherFaqPage(script) }));
    if (script?.textContent === json) return;
    const fresh = this.#script(json);
    if (script) script.replaceWith(fresh);
    else this.host.prepend(fresh);
  }

  /**
   * A new script element holding the JSON. Trusted Types require a TrustedScript for a script's
   * text, data blocks too, which only a policy the page allows can make; Lit's policy parses the
   * markup instead. `scriptJson` leaves no `<`, `>` or `&` in the JSON, so nothing but the one
   * element can come of it.
   */
  #script(json: string): HTMLScriptElement {
    const fragment = this.host.ownerDocument.createDocumentFragment();
    render(unsafeHTML(`<script type="application/ld+json" slot="${SLOT}">${json}</script>`), fragment);
    return fragment.querySelector('script')!;
  }

  #otherFaqPage(own: Element | undefined): boolean {
    const scripts = this.host.ownerDocument.querySelectorAll('script[type="application/ld+json"]');
    return [...scripts].some((script) => script !== own && script.textContent?.includes('FAQPage'));
  }
}
