import { html, LitElement, nothing } from 'lit';
import type { ContentProblem } from '../content/types.js';
import { resolveReview, reviewLine, warnIfOverdue, type Review } from '../internal/review.js';
import { headingLevelProperty, textProperty } from '../internal/coerce.js';
import { SectionController } from '../internal/section-controller.js';
import { heading, paragraphs } from '../internal/text.js';
import { base } from '../styles/base.js';
import { styles } from './guide-header.styles.js';

/**
 * @tag care-guide-header
 * @summary The top of a guide: its title as the page's heading, its summary, and optionally who reviewed it and when.
 *
 * @description Reads the nearest `<care-guide>`'s `title` and `summary`; the `heading` and `summary`
 * attributes, or the `heading` and `summary` slots, win. The title is an `h1` by default, because
 * on a page made for one guide it names the page; on a page that already has an `h1`, set
 * `heading-level="2"` and give the sections below `heading-level="3"`.
 *
 * @slot heading - The title as inline text; the element supplies the heading.
 * @slot summary - The summary as markup, such as paragraphs.
 *
 * @csspart base - The wrapper.
 * @csspart section-heading - The guide's title.
 * @csspart intro - The summary.
 * @csspart reviewed - With `show-review`: the "Last reviewed", "Next review due" and reviewer line.
 *
 * @cssprop [--care-guide-header-section-heading-font-size=2em] - Size of the title, whatever its level.
 * @cssprop [--care-guide-header-intro-font-size=1.125em] - Size of the summary.
 *
 * @fires {CustomEvent<CareContentErrorDetail>} care-content-error - A review date was not YYYY-MM-DD and was left out, or an attribute has a value it does not take; detail `{ problems }`.
 */
export class CareGuideHeader extends LitElement {
  static override styles = [base, styles];

  static override properties = {
    heading: {},
    summary: {},
    headingLevel: { type: Number, attribute: 'heading-level' },
    showReview: { type: Boolean, reflect: true, attribute: 'show-review' },
    lastReviewed: { attribute: 'last-reviewed' },
    nextReview: { attribute: 'next-review' },
    reviewedBy: { attribute: 'reviewed-by' },
  };

  /** The title; the `heading` slot and then the guide's title are used when absent. */
  heading?: string | null;

  /** The summary, as plain text; the `summary` slot and then the guide's summary are used when absent. */
  summary?: string | null;

  /** Level of the title (1–6): 1 on a page made for the guide, 2 on a page that already has an `h1`. */
  headingLevel = 1;

  /** Show the review line under the summary, as well as in `<care-review-note>`. */
  showReview = false;

  /** When the content was last reviewed, as YYYY-MM-DD. Defaults to the guide's. */
  lastReviewed?: string | null;

  /** When the content is due its next review, as YYYY-MM-DD. Defaults to the guide's. */
  nextReview?: string | null;

  /** Who reviewed the content. Defaults to the guide's. */
  reviewedBy?: string | null;

  #content = new SectionController(this);
  /** The section heading's level, 1 to 6. */
  #level = 1;
  #review: Review = {};
  #title?: string;
  #summary?: string;

  protected override willUpdate(): void {
    this.#content.resolve();
    const problems: ContentProblem[] = [];
    const { guide } = this.#content;
    this.#title = textProperty(this.heading, 'heading', problems) ?? guide?.title;
    this.#summary = textProperty(this.summary, 'summary', problems) ?? guide?.summary;
    this.#level = headingLevelProperty(this.headingLevel, 1, problems);
    this.#review = this.showReview
      ? resolveReview(this, this.#content.guide, this.#content.lang, problems)
      : {};
    this.#content.report(problems);
    warnIfOverdue(this.#review.next);
  }

  override render() {
    const { slotted, strings, lang, dir } = this.#content;
    const title = this.#title;
    const summary = this.#summary;
    const hasTitle = Boolean(title || slotted.has('heading'));
    const hasSummary = Boolean(summary || slotted.has('summary'));
    return html`<div part="base" class="header" lang=${lang} dir=${dir ?? nothing}>
      ${hasTitle ? heading(this.#level, html`<slot name="heading">${title}</slot>`, 'section-heading') : nothing}
      ${hasSummary ? html`<div part="intro" class="intro"><slot name="summary">${paragraphs(summary)}</slot></div>` : nothing}
      ${this.showReview ? reviewLine(strings, this.#review) : nothing}
    </div>`;
  }
}
