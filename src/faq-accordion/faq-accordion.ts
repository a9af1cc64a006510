import { html, isServer, LitElement, nothing } from 'lit';
import type { ContentProblem, FaqItem } from '../content/types.js';
import { holdQuestion, parseFaqItem } from '../internal/children.js';
import { headingLevelProperty, textProperty } from '../internal/coerce.js';
import { manualSlots } from '../internal/assign-slot.js';
import { FaqOpeners } from '../internal/faq-openers.js';
import { FaqSearchLoader } from '../internal/faq-search-loader.js';
import { updatedWith } from '../internal/lazy-chunk.js';
import { OpenAnswers } from '../internal/open-answers.js';
import { releaseFromPreUpgrade } from '../internal/pre-upgrade.js';
import { SectionController } from '../internal/section-controller.js';
import { sectionHead } from '../internal/render.js';
import { headingTemplate } from '../internal/heading-template.js';
import { base } from '../styles/base.js';
import { CareFaqItem } from './faq-item.js';
import { faqItem } from '../internal/faq-item-template.js';
import { styles } from './faq-accordion.styles.js';

/** Open answers are landmarks (`role="region"`) only while at most this many can be open at once; more would crowd the page's landmark list. */
const MAX_REGIONS = 6;

/**
 * @tag care-faq-accordion
 * @summary Frequently asked questions as an accessible, deep-linkable, searchable accordion.
 *
 * @description Questions come from `<care-faq-item>` children, else the `items` property, else
 * the `faqs` section of the nearest `<care-guide>`. Follows the WAI-ARIA accordion pattern as revised
 * in April 2026: Tab, Shift+Tab, Enter and Space only, so arrow keys, Home and End scroll the page
 * as readers expect. Closed answers stay findable with the browser's find in page; every answer
 * prints expanded. An open answer is a `role="region"` landmark labelled by its question, while at
 * most six answers can be open at once (any number in `single` mode): more regions would crowd the
 * landmark list, which the APG accordion pattern advises against. A closed answer is none, as it
 * would be an empty landmark: it stays in the page, for find in page, with nothing to read. Search
 * matches are marked with the CSS Custom Highlight API, without changing the markup, and a question
 * listed only for words in its answer shows that answer (in `single` mode the first such, while no open
 * answer is listed) until the search no longer needs it; answers the reader opened are left alone. The
 * status line shows the count as the reader types, and screen readers hear it once typing pauses, not at every keystroke. The search's
 * code is fetched when the search box first gets focus or a `query` is set, so pages whose readers
 * never search never download it; until it has come, every question shows, and `updateComplete`
 * waits for it.
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
 * @csspart status - How many questions match, shown as the reader types; screen readers hear it from a live region of its own once typing pauses.
 * @csspart list - The list of questions.
 * @csspart item - One question and its answer.
 * @csspart title - The heading holding a question's button.
 * @csspart toggle - The button that opens and closes an answer.
 * @csspart icon - The open/closed indicator inside the button.
 * @csspart description - The answer.
 * @csspart citations - The numbered links to the sources an answer cites.
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
 * @fires {CustomEvent<CareFaqToggleDetail>} care-faq-toggle - An answer opened or closed; detail `{ id, open }`. Not when a search shows or hides an answer, as it hides questions: a view, not a change of what is open.
 * @fires {CustomEvent<CareContentErrorDetail>} care-content-error - Some questions were unusable and left out, or an attribute has a value it does not take; detail `{ problems }`.
 */
export class CareFaqAccordion extends LitElement {
  static override styles = [base, styles];

  /** @internal */
  static override shadowRootOptions = manualSlots;

  static override properties = {
    items: { attribute: false },
    heading: {},
    headingLevel: { type: Number, attribute: 'heading-level' },
    single: { type: Boolean, reflect: true },
    toggleAll: { type: Boolean, reflect: true, attribute: 'toggle-all' },
    searchable: { type: Boolean, reflect: true },
    query: {},
  };

  /** Questions as data, `[{ id?, question, answer }]`; answers are plain text. Children win when present; an empty list counts as none, so the nearest guide's section shows. */
  items?: FaqItem[];

  /** Section title; the `heading` slot and then the guide's section title are used when absent. */
  heading?: string | null;

  /** Level of the section heading (1–6), or of the page's own heading just above the element when it has none; each question is a heading one level below. */
  headingLevel = 2;

  /** Keep at most one answer open: opening one closes the others. */
  single = false;

  /** Show a "Show all / Hide all" button (not shown in `single` mode); during a search it opens or closes the questions listed, and is hidden while none is. */
  toggleAll = false;

  /** Show a search box that filters questions and answers as the reader types. */
  searchable = false;

  /** The current search text. */
  query = '';

  #content = new SectionController(this, {
    section: () => 'faqs',
    child: {
      tag: 'care-faq-item',
      attributes: CareFaqItem.dataAttributes,
      parse: parseFaqItem,
      prepare: holdQuestion,
    },
  });
  /** The section heading's level, 1 to 6. */
  #level = 2;

  #open = new OpenAnswers(this, this.#content);
  #search = new FaqSearchLoader([this, this.#content, (id) => this.#openers.itemElement(id)]);
  #openers: FaqOpeners = new FaqOpeners(this, this.#content, this.#open, this.#search, () => super.getUpdateComplete());

  /** Whether the markup is, or takes over, a server's, read without JavaScript too: each question is then also written as text beside its button (see the styles). */
  #serverMarkup = isServer;

  /** Whether open answers are landmarks: only while few of them can be open at once. */
  #regions = true;
  /** Ids of the questions listed: all of them, or during a search those it found. */
  #listed: string[] = [];
  #query = '';
  #heading?: string;

  /** Ids of the answers that are open; an answer a search shows to say why its question matched is not. */
  get openItems(): string[] {
    return [...this.#open.ids];
  }

  /** Opens, closes or toggles one answer by id. */
  toggle(id: string, force?: boolean): void {
    this.#open.set([id], force ?? !this.#open.has(id));
  }

  /** Opens every answer, also those a search hides (not in `single` mode, where it opens the first). */
  showAll(): void {
    this.#open.set(this.#content.items.map((item) => item.id), true);
  }

  /** Closes every answer, also those a search hides. */
  hideAll(): void {
    this.#open.set(this.#content.items.map((item) => item.id), false);
  }

  protected override willUpdate(): void {
    if (this.#content.resolve()) this.#open.sync();
    const problems: ContentProblem[] = [];
    this.#heading = textProperty(this.heading, 'heading', problems);
    this.#query = textProperty(this.query, 'query', problems) ?? '';
    this.#level = headingLevelProperty(this.headingLevel, 2, problems);
    this.#content.report(problems);
    this.#regions = this.single || this.#content.items.length <= MAX_REGIONS;
    this.#search.update(this.searchable, this.#query);
    // A link to a question is followed here, before the open answers and the questions listed are read: one update shows it.
    if (this.#openers.follow()) this.#search.update(this.searchable, (this.#query = ''));
    this.#listed = this.#content.items.map((item) => item.id).filter((id) => !this.#search.hides(id));
    this.#open.reveal(this.#search.inAnswers, (id) => !this.#search.hides(id));
  }

  /** A CMS child's answer shown for the first time is freed of what the pre-upgrade stylesheet may have left on it. */
  protected override updated(): void {
    for (const item of this.#content.items) if (this.#open.has(item.id)) releaseFromPreUpgrade(this.#content.nodes.get(item.id));
  }

  /** A shadow root already there before the element makes one is the server's declarative one. */
  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    this.#serverMarkup ||= Boolean(this.shadowRoot);
    return super.createRenderRoot();
  }

  /** Also waits for the search code when it is being fetched, and the update that uses it. */
  protected override getUpdateComplete(): Promise<boolean> {
    return updatedWith(() => super.getUpdateComplete(), () => this.#search.pending);
  }

  #onSearch(event: InputEvent) {
    this.query = (event.target as HTMLInputElement).value;
  }

  /** A reader who focuses the search box is about to search: its code is fetched before the first keystroke. */
  #onSearchFocus() {
    this.#search.load();
  }

  #renderControls() {
    const { strings } = this.#content;
    const showToggle = this.toggleAll && !this.single && this.#content.items.length > 1;
    if (!showToggle && !this.searchable) return nothing;
    // During a search, "Show all" opens and closes the questions listed: those it hides are not the reader's to see.
    // A search that lists none leaves it nothing to do: it is hidden, keeping its place so that the search box does not jump.
    const listed = this.#listed;
    const allOpen = listed.length > 0 && listed.every((id) => this.#open.has(id));
    // The search box is named by its label and the section's heading, so that two searchable FAQs on a page are told apart.
    return html`<div part="controls" class="controls">
      ${this.searchable
        ? html`<div class="search">
            <label id="search-label" for="search">${strings.searchLabel}</label>
            <input id="search" part="search" type="search" autocomplete="off" aria-labelledby="search-label section-heading" aria-describedby="status"
              .value=${this.#query} @input=${this.#onSearch}
              @focus=${this.#onSearchFocus} />
          </div>`
        : nothing}
      ${showToggle
        ? html`<button type="button" part="toggle-all-button" class="toggle-all" aria-expanded=${allOpen ? 'true' : 'false'} ?hidden=${!listed.length}
            @click=${() => this.#open.set(listed, !allOpen)}>${allOpen ? strings.hideAll : strings.showAll}</button>`
        : nothing}
    </div>`;
  }

  #renderStatus() {
    if (!this.searchable) return nothing;
    // `nothing`, not '': server markup has no text node for '', and a hydrated part would then write its text into a comment.
    // Seen as the reader types, heard from a live region of its own once they pause: screen readers skip the seen line, which would say it twice.
    return html`<p part="status" class="status" id="status" aria-hidden="true">${this.#search.message || nothing}</p>
      <p class="visually-hidden" role="status">${this.#search.announcement || nothing}</p>`;
  }

  override render() {
    const level = this.#level;
    // Each question is a native heading (h2–h6, never data) one level below the section's, in the item's one template.
    const title = headingTemplate(level + 1);
    return html`<section part="base" lang=${this.#content.lang} dir=${this.#content.dir ?? nothing}>
      ${sectionHead(this.#content, level, this.#heading)}
      ${this.#renderControls()} ${this.#renderStatus()}
      <div part="list" class="list" ?hidden=${!this.#listed.length} @beforematch=${this.#openers.onBeforeMatch}>
        ${this.#content.items.map((item) => {
          const open = this.#open.has(item.id);
          return faqItem(this.#content, item, title, { open, hidden: this.#search.hides(item.id), region: open && this.#regions }, this.#serverMarkup);
        })}
      </div>
    </section>`;
  }
}
