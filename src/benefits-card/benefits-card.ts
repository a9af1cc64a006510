import { html, LitElement, nothing } from 'lit';
import type { Benefit, ContentProblem } from '../content/types.js';
import { assigned, manualSlots } from '../internal/assign-slot.js';
import { HashLinkController, markItem } from '../internal/hash-link.js';
import { sectionHead, topicItem } from '../internal/render.js';
import { checkChoice, headingLevelProperty, textProperty } from '../internal/coerce.js';
import { SectionController } from '../internal/section-controller.js';
import { base } from '../styles/base.js';
import { CARD_VARIANTS, card } from '../styles/card.js';
import { list } from '../styles/list.js';
import { CareBenefit } from './benefit.js';
import { styles } from './benefits-card.styles.js';

/**
 * @tag care-benefits-card
 * @summary Potential benefits as a card: a heading and a list with check marks.
 *
 * @description Benefits come from `<care-benefit>` children, else the `items` property, else the
 * `benefits` section of the nearest `<care-guide>`. The wording is the content's own; the card
 * adds no claims. How strong the evidence for a benefit is reads in words beside a meter, as plainly
 * as a risk's severity; the sources a benefit cites are small numbered links to the review note's
 * list. One column in a narrow container, two in a wide one.
 *
 * @slot - `<care-benefit label="…">` children written by a CMS; their content is the description.
 * @slot heading - The card title as inline text; the element supplies the heading.
 * @slot media - An image or illustration above the content.
 * @slot footer - After the list, e.g. a "Book a consultation" link.
 *
 * @csspart base - The card.
 * @csspart section-heading - The card heading.
 * @csspart intro - The introduction.
 * @csspart list - The list of benefits.
 * @csspart item - One benefit.
 * @csspart icon - The check mark of a benefit.
 * @csspart title - A benefit's heading.
 * @csspart evidence - How strong the evidence is, in words and by a meter, with its note.
 * @csspart frequency - How common a benefit is, in words and, when known, as a rate.
 * @csspart description - A benefit's description.
 * @csspart citations - The numbered links to the sources a benefit cites.
 *
 * @cssprop [--care-benefits-card-background=var(--care-color-surface)] - Card background; an `elevated` card on a dark page takes `--care-color-surface-raised` unless `--care-color-surface` is set, as a shadow draws no edge there.
 * @cssprop [--care-benefits-card-padding=calc(var(--care-space) * 1.5)] - Card padding.
 * @cssprop [--care-benefits-card-shadow=0 1px 3px rgb(0 0 0 / 0.2), 0 4px 12px rgb(0 0 0 / 0.12)] - Shadow of the `elevated` variant.
 * @cssprop [--care-benefits-card-gap=var(--care-space)] - Space between benefits.
 *
 * @fires {CustomEvent<CareContentErrorDetail>} care-content-error - Some benefits were unusable and left out, or an attribute has a value it does not take; detail `{ problems }`.
 */
export class CareBenefitsCard extends LitElement {
  static override styles = [base, list, card, styles];

  /** @internal */
  static override shadowRootOptions = manualSlots;

  static override properties = {
    items: { attribute: false },
    heading: {},
    headingLevel: { type: Number, attribute: 'heading-level' },
    variant: { reflect: true },
  };

  /** Benefits as data, `[{ id?, title, description?, evidence?, frequency?, sources? }]`. Children win when present; an empty list counts as none, so the nearest guide's section shows. */
  items?: Benefit[];

  /** Card title; the `heading` slot and then the guide's section title are used when absent. */
  heading?: string | null;

  /** Level of the card heading (1–6), or of the page's own heading just above the card when it has none; each benefit's title is one level below. */
  headingLevel = 2;

  /** `outlined` (a border) or `elevated` (a shadow); the risk list's card variants look the same. */
  variant: 'outlined' | 'elevated' = 'outlined';

  #content = new SectionController(this, {
    section: () => 'benefits',
    child: { tag: 'care-benefit', attributes: CareBenefit.dataAttributes },
  });
  /** The section heading's level, 1 to 6. */
  #level = 2;

  constructor() {
    super();
    new HashLinkController(this, (id) => markItem(this, id));
  }
  #heading?: string;

  protected override willUpdate(): void {
    this.#content.resolve();
    const problems: ContentProblem[] = [];
    this.#heading = textProperty(this.heading, 'heading', problems);
    this.#level = headingLevelProperty(this.headingLevel, 2, problems);
    checkChoice(this.variant, 'variant', CARD_VARIANTS, problems);
    this.#content.report(problems);
  }

  override render() {
    const level = this.#level;
    const check = html`<span part="icon" class="icon" aria-hidden="true">✓</span>`;
    return html`<section part="base" class="card" lang=${this.#content.lang} dir=${this.#content.dir ?? nothing}>
      <div class="media"><slot name="media" ${assigned(this.#content.inSlot('media'))}></slot></div>
      <div class="body">
        ${sectionHead(this.#content, level, this.#heading)}
        <ul part="list" class="list" role="list">
          ${this.#content.items.map((item) => topicItem(this.#content, item, level + 1, check))}
        </ul>
        <slot name="footer" ${assigned(this.#content.inSlot('footer'))}></slot>
      </div>
    </section>`;
  }
}
