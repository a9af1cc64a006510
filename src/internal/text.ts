import { html, nothing, type TemplateResult } from 'lit';

const PARAGRAPH_BREAK = /\n[^\S\n]*\n\s*/;

/**
 * Plain text as paragraphs: a blank line starts a new one. Never parsed as HTML. `tail` (citations)
 * ends the last one. One paragraph, the usual answer, is one template rather than a list of one,
 * which spares each item of a long list Lit's list markers.
 */
export function paragraphs(text: string | undefined, tail: unknown = nothing): TemplateResult | TemplateResult[] | typeof nothing {
  if (!text) return tail === nothing ? nothing : html`<p>${tail}</p>`;
  if (!PARAGRAPH_BREAK.test(text)) return html`<p>${text}${tail}</p>`;
  return text.split(PARAGRAPH_BREAK).map((paragraph, i, all) => html`<p>${paragraph}${i === all.length - 1 ? tail : nothing}</p>`);
}

/** A clamped heading level, 1 to 6. */
export function headingLevel(level: unknown, fallback = 2): number {
  const n = Math.round(Number(level));
  return Number.isFinite(n) ? Math.min(6, Math.max(1, n)) : fallback;
}

/**
 * A native heading at a level chosen at run time, clamped to 1–6. Lit cannot bind a tag name, and a
 * native `<hN>` serves assistive technology and search engines better than `role="heading"`.
 * The part name is also its class, and its id when `id` is set (for a control named by it).
 */
export function heading(level: number, content: unknown, part: string, id = false): TemplateResult {
  const idRef = id ? part : nothing;
  switch (headingLevel(level)) {
    case 1: return html`<h1 part=${part} class=${part} id=${idRef}>${content}</h1>`;
    case 2: return html`<h2 part=${part} class=${part} id=${idRef}>${content}</h2>`;
    case 3: return html`<h3 part=${part} class=${part} id=${idRef}>${content}</h3>`;
    case 4: return html`<h4 part=${part} class=${part} id=${idRef}>${content}</h4>`;
    case 5: return html`<h5 part=${part} class=${part} id=${idRef}>${content}</h5>`;
    default: return html`<h6 part=${part} class=${part} id=${idRef}>${content}</h6>`;
  }
}
