import { render } from 'lit';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import { jsonLdGraph, scriptJson } from '../content/jsonld.js';
import type { ValidGuide } from '../content/types.js';

/** The guide's schema.org graph as the text of a script element; `faq: false` leaves its FAQPage out. */
export function jsonLdText(guide: ValidGuide, faq: boolean): string {
  return scriptJson(jsonLdGraph(guide, { faq }));
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
