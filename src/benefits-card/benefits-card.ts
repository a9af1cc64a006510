import { html, LitElement } from 'lit';
import type { TopicItem } from '../content/types.js';
import { sectionHead, topicItem } from '../internal/render.js';
import { SectionController } from '../internal/section-controller.js';
import { headingLevel } from '../internal/text.js';
import { base } from '../styles/base.js';
import { list } from '../styles/list.js';
import { styles } from './benefits-card.styles.js';

/**
 * @tag care-benefits-card
 * @summary Potential benefits as a card: a heading and a list with check marks.
 *
 * @description Benefits come from `<care-benefit>` children, else the `items` property, else the
 * `benefits` section of the nearest `<care-guide>`. The wording is the content's own; the card
 * adds no claims. One column in a narrow container, two in a wide one.
 *
 * @slot - `<care-benefit label="…">` children written by a CMS; their content is the description.
 * @slot heading - The card title as inline text; the element supplies the heading.
 * @slot media - An image or illustration above the content.
 * @slot footer - After the list, e.g. a "Book a consultation" link.
 *
 * @csspart card - The card.
 * @csspart media - The wrapper of the media slot.
 * @csspart heading - The card heading.
 * @csspart intro - The introduction.
 * @csspart list - The list of benefits.
 * @csspart item - One benefit.
 * @csspart icon - The check mark of a benefit.
 * @csspart title - A benefit's heading.
 * @csspart description - A benefit's description.
 * @csspart footer - The wrapper of the footer slot.
 *
 * @cssprop --care-card-background - Card background. Defaults to `--care-color-surface`.
 * @cssprop --care-card-padding - Card padding. Defaults to `--care-space` × 1.5.
 * @cssprop --care-card-shadow - Shadow of the `elevated` variant.
 * @cssprop --care-radius - Corner radius shared by every care-* element.
 * @cssprop --care-color-border - Border colour shared by every care-* element.
 * @cssprop --care-list-gap - Space between items of every care-* list.
 *
 * @fires care-content-error - Some benefits were unusable and left out; detail `{ problems }`.
 */
export class CareBenefitsCard extends LitElement {
  static override styles = [base, list, styles];

  static override properties = {
    items: { attribute: false },
    heading: {},
    headingLevel: { type: Number, attribute: 'heading-level' },
    variant: { reflect: true },
  };

  /** Benefits as data, `[{ id?, title, description? }]`. Children win when present. */
  items?: TopicItem[];

  /** Card title; the `heading` slot and then the guide's section title are used when absent. */
  heading?: string;

  /** Level of the card heading (1–6); each benefit's title is one level below. */
  headingLevel = 2;

  /** `outlined` (a border) or `elevated` (a shadow). */
  variant: 'outlined' | 'elevated' = 'outlined';

  #content = new SectionController(this, {
    section: () => 'benefits',
    childTag: 'care-benefit',
  });

  protected override willUpdate(): void {
    this.#content.resolve();
  }

  override render() {
    const level = headingLevel(this.headingLevel);
    const check = html`<span part="icon" class="icon" aria-hidden="true">✓</span>`;
    return html`<section part="card" class="card" lang=${this.#content.lang}>
      <div part="media"><slot name="media"></slot></div>
      <div class="body">
        ${sectionHead(this.#content, level, this.heading)}
        <ul part="list" class="list" role="list">
          ${this.#content.items.map((item) => topicItem(this.#content, item, Math.min(6, level + 1), check))}
        </ul>
        <div part="footer" class="footer"><slot name="footer"></slot></div>
      </div>
    </section>`;
  }
}
