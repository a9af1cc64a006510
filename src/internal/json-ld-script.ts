import { render } from 'lit';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import { jsonLdGraph, scriptJson } from '../content/jsonld.js';
import type { ValidGuide } from '../content/types.js';
import { resolveReview } from './review.js';

/** The attributes an element of the guide shows its review by, in place of the guide's own. */
export type ShownReview = Parameters<typeof resolveReview>[0];

/**
 * The guide's schema.org graph as the text of a script element; `faq: false` leaves its FAQPage
 * out. Its review is the one the page shows, resolved as the element showing it resolves it.
 */
export function jsonLdText(guide: ValidGuide, faq: boolean, shown: ShownReview = {}): string {
  const { date, reviewer } = resolveReview(shown, guide, guide.lang, []);
  return scriptJson(jsonLdGraph({ ...guide, lastReviewed: date, reviewedBy: reviewer }, { faq }));
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
