import { html, LitElement, nothing } from 'lit';
import type { ContentProblem, FaqItem, Valid } from '../content/types.js';
import { emit } from '../internal/events.js';
import { HashLinkController } from '../internal/hash-link.js';
import { matchesQuery } from '../internal/search.js';
import { parseFaqItem } from '../internal/children.js';
import { textProperty } from '../internal/coerce.js';
import { SectionController } from '../internal/section-controller.js';
import { format, plural } from '../internal/strings.js';
import { itemBody, sectionHead } from '../internal/render.js';
import { heading, headingLevel } from '../internal/text.js';
import { base } from '../styles/base.js';
import { CareFaqItem } from './faq-item.js';
import { styles } from './faq-accordion.styles.js';

/**
 * @tag care-faq-accordion
 * @summary Frequently asked questions as an accessible, deep-linkable, searchable accordion.
 *
 * @description Questions come from `<care-faq-item>` children, else the `items` property, else
 * the `faqs` section of the nearest `<care-guide>`. Follows the WAI-ARIA accordion pattern as revised
 * in April 2026: Tab, Shift+Tab, Enter and Space only, so arrow keys, Home and End scroll the page
 * as readers expect. Closed answers stay findable with the browser's find in page; every answer
 * prints expanded.
 *
 * @slot - `<care-faq-item>` children written by a CMS. Each is given a `slot` attribute naming its answer region.
 * @slot heading - The section title as inline text; the element supplies the heading.
 *
 * @csspart base - The section that wraps everything.
 * @csspart section-heading - The section heading.
 * @csspart intro - The section introduction.
 * @csspart controls - The bar holding the search box and the show-all button.
 * @csspart search - The search input.
 * @csspart toggle-all-button - The "Show all / Hide all" button.
 * @csspart status - The search result message (a live region).
 * @csspart list - The list of questions.
 * @csspart item - One question and its answer.
 * @csspart title - The heading holding a question's button.
 * @csspart toggle - The button that opens and closes an answer.
 * @csspart icon - The open/closed indicator inside the button.
 * @csspart description - The answer.
 *
 * @cssprop [--care-faq-accordion-gap=0] - Space between questions.
 * @cssprop [--care-faq-accordion-divider=var(--care-border-width) solid var(--care-color-border)] - Line between questions.
 * @cssprop [--care-faq-accordion-toggle-padding=0.75rem 0.25rem] - Padding of each question button.
 * @cssprop [--care-faq-accordion-toggle-background=transparent] - Background of a question button.
 * @cssprop [--care-faq-accordion-toggle-hover-background=var(--care-color-surface-raised)] - Background of a question button on hover.
 * @cssprop [--care-faq-accordion-toggle-color=var(--care-color-accent)] - Text colour of the questions.
 * @cssprop [--care-faq-accordion-description-padding=0 0.25rem var(--care-space)] - Padding of each answer.
 * @cssprop [--care-faq-accordion-icon-size=0.6em] - Size of the open/closed chevron.
 * @cssprop [--care-faq-accordion-icon-color=currentColor] - Colour of the chevron; the question colour by default.
 *
 * @fires {CustomEvent<CareFaqToggleDetail>} care-faq-toggle - An answer opened or closed; detail `{ id, open }`.
 * @fires {CustomEvent<CareContentErrorDetail>} care-content-error - Some questions were unusable and left out; detail `{ problems }`.
 */
export class CareFaqAccordion extends LitElement {
  static override styles = [base, styles];

  static override properties = {
    items: { attribute: false },
    heading: {},
    headingLevel: { type: Number, attribute: 'heading-level' },
    single: { type: Boolean, reflect: true },
    toggleAll: { type: Boolean, reflect: true, attribute: 'toggle-all' },
    searchable: { type: Boolean, reflect: true },
    query: {},
    openIds: { state: true },
  };

  /** Questions as data, `[{ id?, question, answer }]`; answers are plain text. Children win when present. */
  items?: FaqItem[];

  /** Section title; the `heading` slot and then the guide's section title are used when absent. */
  heading?: string;

  /** Level of the section heading (1–6); each question is a heading one level below. */
  headingLevel = 2;

  /** Keep at most one answer open: opening one closes the others. */
  single = false;

  /** Show a "Show all / Hide all" button (not shown in `single` mode). */
  toggleAll = false;

  /** Show a search box that filters questions and answers as the reader types. */
  searchable = false;

  /** The current search text. */
  query = '';

  private openIds = new Set<string>();

  #content = new SectionController(this, {
    section: () => 'faqs',
    child: { tag: 'care-faq-item', attributes: CareFaqItem.dataAttributes, parse: parseFaqItem },
  });

  /** Ids of the questions that match the search, while there is one. */
  #matching?: Set<string>;
  #query = '';
  #heading?: string;

  constructor() {
    super();
    new HashLinkController(this, (id) => this.#revealById(id));
  }

  /** Ids of the answers that are open. */
  get openItems(): string[] {
    return [...this.openIds];
  }

  /** Opens, closes or toggles one answer by id. */
  toggle(id: string, force?: boolean): void {
    this.#setOpen([id], force ?? !this.openIds.has(id));
  }

  /** Opens every answer (not in `single` mode, where it opens the first). */
  showAll(): void {
    this.#setOpen(this.#content.items.map((item) => item.id), true);
  }

  /** Closes every answer. */
  hideAll(): void {
    this.#setOpen(this.#content.items.map((item) => item.id), false);
  }

  protected override willUpdate(): void {
    if (this.#content.resolve()) this.#syncOpenState();
    const problems: ContentProblem[] = [];
    this.#heading = textProperty(this.heading, 'heading', problems);
    this.#query = textProperty(this.query, 'query', problems) ?? '';
    this.#content.report(problems);
    const query = this.searchable ? this.#query.trim() : '';
    this.#matching = query
      ? new Set(this.#content.items.filter((i) => matchesQuery(query, i.question, i.answer)).map((i) => i.id))
      : undefined;
  }

  /** Reads open state from the source after new content: `open` attributes of children win. */
  #syncOpenState() {
    const ids = this.#content.items.map((item) => item.id);
    let open = ids.filter((id) =>
      this.#content.nodes.get(id)?.hasAttribute('open') ?? this.openIds.has(id),
    );
    if (this.single) open = open.slice(0, 1);
    this.openIds = new Set(open);
  }

  /** Opens or closes answers; in single mode opening one closes the rest. Unknown ids are ignored. */
  #setOpen(ids: string[], open: boolean) {
    const known = this.#content.items.map((item) => item.id);
    const wanted = new Set((open && this.single ? ids.filter((id) => known.includes(id)).slice(0, 1) : ids));
    if (open && this.single && wanted.size === 0) return;
    const before = this.openIds;
    this.openIds = new Set(
      known.filter((id) => (wanted.has(id) ? open : !(open && this.single) && before.has(id))),
    );
    for (const id of known) {
      const now = this.openIds.has(id);
      if (now === before.has(id)) continue;
      this.#content.nodes.get(id)?.toggleAttribute('open', now);
      emit(this, 'care-faq-toggle', { id, open: now });
    }
  }

  #revealById(id: string): boolean {
    if (!this.#content.items.some((item) => item.id === id)) return false;
    if (this.#matching && !this.#matching.has(id)) this.query = '';
    this.#setOpen([id], true);
    this.updateComplete.then(() => {
      const button = this.renderRoot.querySelector<HTMLElement>(`#q-${CSS.escape(id)}`);
      button?.closest('.item')?.scrollIntoView({ block: 'start' });
      button?.focus({ preventScroll: true });
    });
    return true;
  }

  #onSearch(event: InputEvent) {
    this.query = (event.target as HTMLInputElement).value;
  }

  #renderControls() {
    const { strings } = this.#content;
    const showToggle = this.toggleAll && !this.single && this.#content.items.length > 1;
    if (!showToggle && !this.searchable) return nothing;
    const allOpen = this.#content.items.every((item) => this.openIds.has(item.id));
    return html`<div part="controls" class="controls">
      ${this.searchable
        ? html`<div class="search">
            <label for="search">${strings.searchLabel}</label>
            <input id="search" part="search" type="search" autocomplete="off" .value=${this.#query} @input=${this.#onSearch} />
          </div>`
        : nothing}
      ${showToggle
        ? html`<button type="button" part="toggle-all-button" class="toggle-all" aria-expanded=${allOpen ? 'true' : 'false'}
            @click=${() => (allOpen ? this.hideAll() : this.showAll())}>${allOpen ? strings.hideAll : strings.showAll}</button>`
        : nothing}
    </div>`;
  }

  #renderStatus() {
    if (!this.searchable) return nothing;
    const { strings, lang, items } = this.#content;
    const query = this.#query.trim();
    let message = '';
    if (this.#matching && this.#matching.size === 0) message = format(strings.searchNone, { query });
    else if (this.#matching) message = plural(strings, lang, 'searchResults', this.#matching.size, { total: items.length });
    // `nothing`, not '': server markup has no text node for '', and a hydrated part would then write its text into a comment.
    return html`<p part="status" class="status" role="status">${message || nothing}</p>`;
  }

  #renderItem(item: Valid<FaqItem>, level: number) {
    const open = this.openIds.has(item.id);
    return html`<div part="item" class="item" ?hidden=${this.#matching ? !this.#matching.has(item.id) : false}>
      ${heading(
        level,
        html`<button type="button" part="toggle" id="q-${item.id}" aria-expanded=${open ? 'true' : 'false'}
          aria-controls="a-${item.id}" @click=${() => this.toggle(item.id)}>
          ${item.question}<span part="icon" class="icon" aria-hidden="true"></span>
        </button>`,
        'title',
      )}
      <div part="description" class="answer" id="a-${item.id}" role="region" aria-labelledby="q-${item.id}"
        hidden=${open ? nothing : 'until-found'} @beforematch=${() => this.#setOpen([item.id], true)}>
        ${itemBody(this.#content, item.id, item.answer)}
      </div>
    </div>`;
  }

  override render() {
    const level = headingLevel(this.headingLevel);
    return html`<section part="base" lang=${this.#content.lang}>
      ${sectionHead(this.#content, level, this.#heading)}
      ${this.#renderControls()} ${this.#renderStatus()}
      <div part="list" class="list">
        ${this.#content.items.map((item) => this.#renderItem(item, level + 1))}
      </div>
    </section>`;
  }
}
