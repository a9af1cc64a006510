import { html, LitElement, nothing } from 'lit';
import type { ContentProblem, Source } from '../content/types.js';
import { safeUrl } from '../content/safe-url.js';
import { validateSources } from '../content/validate.js';
import { headingLevelProperty, textProperty } from '../internal/coerce.js';
import { citedBy, type Citing } from '../internal/facts.js';
import { languageDirection } from '../internal/direction.js';
import { HashLinkController, markItem } from '../internal/hash-link.js';
import { resolveReview, reviewLine, warnIfOverdue, type Review } from '../internal/review.js';
import { SectionController } from '../internal/section-controller.js';
import { heading, paragraphs } from '../internal/text.js';
import { base } from '../styles/base.js';
import { styles } from './review-note.styles.js';

/**
 * @tag care-review-note
 * @summary The trust footer of a guide: disclaimer, last-reviewed and next-review dates, reviewer and sources.
 *
 * @description Reads the nearest `<care-guide>`; its own properties win, so a clinic sets its own
 * reviewer and dates. Dates are formatted for the page's language. Once the next review date has
 * passed it is still shown plainly, and the console warns the site owner once. Only http(s),
 * mailto and tel sources become links, with `rel="noreferrer"` so the address of a patient's page
 * is not passed on.
 *
 * Sources are numbered as the guide lists them, so the small numbered citations of the other
 * elements match; `#source-<id>` scrolls to one and marks it. Each shows the sentence a number rests
 * on, when the guide quotes one, and links back to the items that cite it.
 *
 * @csspart base - The wrapper.
 * @csspart about-heading - "About this guide", a heading for screen readers only, over the disclaimer and the review line.
 * @csspart disclaimer-text - The disclaimer.
 * @csspart reviewed - The "Last reviewed" and "Next review due" line with the reviewer.
 * @csspart sources-heading - The heading above the sources.
 * @csspart sources - The numbered list of sources.
 * @csspart link - A source's link.
 * @csspart quote - The sentence of a source that a number rests on.
 * @csspart backlinks - "Back to text" with a link to each item that cites the source.
 *
 * @cssprop [--care-review-note-background=var(--care-color-surface-raised)] - Background of the note.
 *
 * @fires {CustomEvent<CareContentErrorDetail>} care-content-error - A source or the date was unusable and left out, or an attribute has a value it does not take; detail `{ problems }`.
 */
export class CareReviewNote extends LitElement {
  static override styles = [base, styles];

  static override properties = {
    disclaimer: {},
    lastReviewed: { attribute: 'last-reviewed' },
    nextReview: { attribute: 'next-review' },
    reviewedBy: { attribute: 'reviewed-by' },
    sources: { attribute: false },
    headingLevel: { type: Number, attribute: 'heading-level' },
  };

  /** The disclaimer, as plain text. Defaults to the guide's. */
  disclaimer?: string | null;

  /** When the content was last reviewed, as YYYY-MM-DD. Defaults to the guide's. */
  lastReviewed?: string | null;

  /** When the content is due its next review, as YYYY-MM-DD. Defaults to the guide's. */
  nextReview?: string | null;

  /** Who reviewed the content. Defaults to the guide's. */
  reviewedBy?: string | null;

  /** Sources, `[{ id?, title, publisher?, url?, quote?, lang? }]`. Defaults to the guide's. */
  sources?: Source[] | null;

  /** Level of the note's headings (1–6): "About this guide", for screen readers, and "Sources". */
  headingLevel = 2;

  #content = new SectionController(this);
  /** The section heading's level, 1 to 6. */
  #level = 2;
  #shown: { disclaimer?: string; review: Review; sources: Source[]; citing: Map<string, Citing[]>; directions: Map<Source, 'ltr' | 'rtl' | undefined> } = {
    review: {},
    sources: [],
    citing: new Map(),
    directions: new Map(),
  };

  constructor() {
    super();
    new HashLinkController(this, (id) => id.startsWith('source-') && markItem(this, id));
  }

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
    const review = resolveReview(this, guide, this.#content.lang, problems);
    const disclaimer = textProperty(this.disclaimer, 'disclaimer', problems) ?? guide?.disclaimer;
    this.#level = headingLevelProperty(this.headingLevel, 2, problems);
    this.#content.report(problems);
    warnIfOverdue(review.next);
    // A source in a language of its own is laid out in that language's direction.
    const directions = new Map(sources.map((source) => [source, source.lang ? languageDirection(source.lang) : undefined]));
    this.#shown = { disclaimer, review, sources, citing: citedBy(guide), directions };
  }

  #renderSource(source: Source) {
    const url = safeUrl(source.url);
    const title = url
      ? html`<a part="link" href=${url} rel="noreferrer">${source.title}</a>`
      : html`<bdi>${source.title}</bdi>`;
    const citing = (source.id && this.#shown.citing.get(source.id)) || [];
    // The source's own language is on its words only: the list item, its number and the back-links, in the note's words, keep the note's.
    return html`<li data-id=${source.id ? `source-${source.id}` : nothing}>
      <span lang=${source.lang ?? nothing} dir=${this.#shown.directions.get(source) ?? nothing}>${title}${source.publisher
          ? html`, <bdi>${source.publisher}</bdi>`
          : nothing}${source.quote ? html`<q part="quote" class="quote">${source.quote}</q>` : nothing}</span>
      ${citing.length
        ? html`<span part="backlinks" class="backlinks">${this.#content.strings.backToText}${this.#content.strings.colon}
            ${citing.map((item, i) => html`${i ? ', ' : ''}<a href=${safeUrl(`#${item.id}`) ?? ''}><bdi>${item.label}</bdi></a>`)}</span>`
        : nothing}
    </li>`;
  }

  override render() {
    const { strings, lang, dir } = this.#content;
    const { disclaimer, review, sources } = this.#shown;
    const line = reviewLine(strings, review);
    // A heading for screen readers over what comes before the sources, which would otherwise be read as the end of the section above.
    return html`<div part="base" class="note" lang=${lang} dir=${dir ?? nothing}>
      ${disclaimer || line !== nothing ? html`<div class="visually-hidden">${heading(this.#level, strings.aboutGuide, 'about-heading')}</div>` : nothing}
      ${disclaimer ? html`<div part="disclaimer-text" class="disclaimer">${paragraphs(disclaimer)}</div>` : nothing}
      ${line}
      ${sources.length
        ? html`${heading(this.#level, strings.sources, 'sources-heading')}
            <ol part="sources" class="sources">${sources.map((s) => this.#renderSource(s))}</ol>`
        : nothing}
    </div>`;
  }
}
