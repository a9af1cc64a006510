import { render } from 'lit';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import { jsonLdGraph, scriptJson } from '../content/jsonld.js';
import type { ValidGuide } from '../content/types.js';
import { isDate } from '../content/validate.js';

/** The review an element of the guide shows in place of the guide's own, from its `last-reviewed` and `reviewed-by`. */
export interface ShownReview {
  lastReviewed?: unknown;
  reviewedBy?: unknown;
}

/**
 * The guide's schema.org graph as the text of a script element; `faq: false` leaves its FAQPage
 * out. A review the page shows instead of the guide's is the one it describes, where it is valid.
 */
export function jsonLdText(guide: ValidGuide, faq: boolean, shown: ShownReview = {}): string {
  const { lastReviewed, reviewedBy } = shown;
  const reviewer = typeof reviewedBy === 'string' ? reviewedBy.trim() : '';
  const described = {
    ...guide,
    ...(isDate(lastReviewed) ? { lastReviewed: lastReviewed as string } : {}),
    ...(reviewer ? { reviewedBy: reviewer } : {}),
  };
  return scriptJson(jsonLdGraph(described, { faq }));
}

/**
 * A new script element holding the JSON, in a slot no slot takes. Trusted Types require a
 * TrustedScript for a script's text, data blocks too, which only a policy the page allows can
 * make; Lit's policy parses the markup instead. `scriptJson` leaves no `<`, `>` or `&` in the
 * JSON, so nothing but the one element can come of it.
 */
export function jsonLdScript(json: string, slot: string, document: Document): HTMLScriptElement {
  const fragment = document.createDocumentFragment();
  render(unsafeHTML(`<script type="application/ld+json" slot="${slot}">${json}</script>`), fragment);
  return fragment.querySelector('script')!;
}
