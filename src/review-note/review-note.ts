import { html, LitElement, nothing } from 'lit';
import type { ContentProblem, Source } from '../content/types.js';
import { safeUrl } from '../content/safe-url.js';
import { isDate, parseDate, validateSources } from '../content/validate.js';
import { textProperty } from '../internal/coerce.js';
import { SectionController } from '../internal/section-controller.js';
import { heading, headingLevel, paragraphs } from '../internal/text.js';
import { base } from '../styles/base.js';
import { styles } from './review-note.styles.js';

/** A YYYY-MM-DD date in the reader's language, e.g. "25 November 2026" or "25. November 2026". */
export function formatDate(date: string, lang: string): string {
  const day = parseDate(date);
  if (!day) return date;
  try {
    return new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' }).format(day);
  } catch {
    return date;
  }
}

/**
 * @tag care-review-note
 * @summary The trust footer of a guide: disclaimer, last-reviewed date, reviewer and sources.
 *
 * @description Reads the nearest `<care-guide>`; its own properties win. The date is formatted for
 * the page's language. Only http(s), mailto and tel sources become links, with `rel="noreferrer"`
 * so the address of a patient's page is not passed on.
 *
 * @csspart base - The wrapper.
 * @csspart disclaimer-text - The disclaimer.
 * @csspart reviewed - The "Last reviewed" line with the reviewer.
 * @csspart sources-heading - The heading above the sources.
 * @csspart sources - The list of sources.
 * @csspart link - A source's link.
 *
 * @cssprop [--care-review-note-background=var(--care-color-surface-raised)] - Background of the note.
 *
 * @fires care-content-error - A source or the date was unusable and left out; detail `{ problems }`.
 */
export class CareReviewNote extends LitElement {
  static override styles = [base, styles];

  static override properties = {
    disclaimer: {},
    lastReviewed: { attribute: 'last-reviewed' },
    reviewedBy: { attribute: 'reviewed-by' },
    sources: { attribute: false },
    headingLevel: { type: Number, attribute: 'heading-level' },
  };

  /** The disclaimer, as plain text. Defaults to the guide's. */
  disclaimer?: string;

  /** When the content was last reviewed, as YYYY-MM-DD. Defaults to the guide's. */
  lastReviewed?: string;

  /** Who reviewed the content. Defaults to the guide's. */
  reviewedBy?: string;

  /** Sources, `[{ title, publisher?, url? }]`. Defaults to the guide's. */
  sources?: Source[];

  /** Level of the "Sources" heading (1–6). */
  headingLevel = 2;

  #content = new SectionController(this);
  #shown: { disclaimer?: string; date?: string; dateText?: string; reviewer?: string; sources: Source[] } = { sources: [] };

  protected override willUpdate(): void {
    this.#content.resolve();
    const guide = this.#content.guide;
    const problems: ContentProblem[] = [];
    let sources = guide?.sources ?? [];
    if (this.sources) {
      const result = validateSources(this.sources);
      sources = result.value;
      problems.push(...result.problems);
    }
    let date = textProperty(this.lastReviewed, 'last-reviewed', problems) ?? guide?.lastReviewed;
    if (date && !isDate(date)) {
      problems.push({ path: 'last-reviewed', message: 'expected a date as YYYY-MM-DD, in the years 1900 to 2100' });
      date = undefined;
    }
    this.#shown = {
      disclaimer: textProperty(this.disclaimer, 'disclaimer', problems) ?? guide?.disclaimer,
      date,
      dateText: date && formatDate(date, this.#content.lang),
      reviewer: textProperty(this.reviewedBy, 'reviewed-by', problems) ?? guide?.reviewedBy,
      sources,
    };
    this.#content.report(problems);
  }

  #renderSource(source: Source) {
    const url = safeUrl(source.url);
    const title = url
      ? html`<a part="link" href=${url} rel="noreferrer">${source.title}</a>`
      : html`<bdi>${source.title}</bdi>`;
    return html`<li>${title}${source.publisher ? html`, <bdi>${source.publisher}</bdi>` : nothing}</li>`;
  }

  override render() {
    const { strings, lang } = this.#content;
    const { disclaimer, date, dateText, reviewer, sources } = this.#shown;
    return html`<div part="base" class="note" lang=${lang}>
      ${disclaimer ? html`<div part="disclaimer-text" class="disclaimer">${paragraphs(disclaimer)}</div>` : nothing}
      ${date || reviewer
        ? html`<p part="reviewed" class="reviewed">
            ${date ? html`<span>${strings.lastReviewed}: <time datetime=${date}>${dateText}</time></span>` : nothing}
            ${reviewer ? html`<span>${strings.reviewedBy}: <bdi>${reviewer}</bdi></span>` : nothing}
          </p>`
        : nothing}
      ${sources.length
        ? html`${heading(headingLevel(this.headingLevel), strings.sources, 'sources-heading')}
            <ul part="sources" class="sources">${sources.map((s) => this.#renderSource(s))}</ul>`
        : nothing}
    </div>`;
  }
}
