import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ValidGuide } from '../content/types.js';
import type { ShownReview } from './json-ld-script.js';
import { lazyChunk } from './lazy-chunk.js';

/** The slot the script names: no slot takes it, so it stays out of the page content, and adding it is no slotchange. */
const SLOT = 'structured-data';

/**
 * Where the code that writes JSON-LD comes from: a chunk of its own, fetched by the first guide that
 * has some to write. An object, so that a test can make the fetch fail or wait as a network would.
 */
export const writerSource = { load: () => import('./json-ld-script.js') };

const fetchWriter = lazyChunk(() => writerSource.load(), "the guide's structured data", 'a later change of the guide tries again.');

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
  /** The write in progress, if any: the host's `updateComplete` waits for it. Never rejects. */
  pending?: Promise<void>;

  constructor(private host: Host) {
    host.addController(this);
  }

  hostUpdated(): void {
    const guide = this.host.noStructuredData ? undefined : this.host.value;
    // Until a guide arrives there is nothing to say; a server-written script stays while the guide loads.
    if (guide === this.#shown) return;
    this.#shown = guide;
    const writing: Promise<void> = this.#write(guide).finally(() => {
      if (this.pending === writing) this.pending = undefined;
    });
    this.pending = writing;
  }

  async #write(guide: ValidGuide | undefined): Promise<void> {
    try {
      // JSON-LD without the slot is the page's own, or ours after a sanitiser dropped the slot: never add a second.
      const code = guide && !this.#scripts().some((el) => el.slot !== SLOT) ? await fetchWriter().catch(() => undefined) : undefined;
      // A later change took over while the code loaded.
      if (guide !== this.#shown) return;
      const scripts = this.#scripts();
      const script = scripts.find((el) => el.slot === SLOT);
      if (!guide || scripts.some((el) => el !== script)) {
        script?.remove();
        return;
      }
      // The code did not load (warned): whatever the server wrote stays.
      if (!code) return;
      const json = code.jsonLdText(guide, !this.#otherFaqPage(script), this.#shownReview());
      if (script?.textContent === json) return;
      const fresh = code.jsonLdScript(json, SLOT, this.host.ownerDocument);
      if (script) script.replaceWith(fresh);
      else this.host.prepend(fresh);
    } catch (error) {
      // A page's Trusted Types policy may refuse the script: the guide itself is unharmed.
      console.warn(`care-elements: the guide's structured data could not be written (${String(error)}).`);
    }
  }

  /**
   * The review date and reviewer the guide's review note (else its header's review line) shows in
   * place of the guide's own, as the README's example sets them: what search engines read must
   * match what the page says. Read when the JSON-LD is written, after the guide has rendered.
   */
  #shownReview(): ShownReview {
    for (const selector of ['care-review-note', 'care-guide-header[show-review]']) {
      const el = this.host.querySelector<HTMLElement & ShownReview>(selector);
      if (!el) continue;
      // Its properties once upgraded; its attributes when the page loaded the guide's code alone.
      const shown = { lastReviewed: el.lastReviewed ?? el.getAttribute('last-reviewed') ?? undefined, reviewedBy: el.reviewedBy ?? el.getAttribute('reviewed-by') ?? undefined };
      if (shown.lastReviewed !== undefined || shown.reviewedBy !== undefined) return shown;
    }
    return {};
  }

  #scripts(): HTMLScriptElement[] {
    return [...this.host.querySelectorAll<HTMLScriptElement>(':scope > script[type="application/ld+json"]')];
  }

  #otherFaqPage(own: Element | undefined): boolean {
    const scripts = this.host.ownerDocument.querySelectorAll('script[type="application/ld+json"]');
    return [...scripts].some((script) => script !== own && script.textContent?.includes('FAQPage'));
  }
}
