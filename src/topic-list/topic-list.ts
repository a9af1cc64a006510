import { html, LitElement, nothing } from 'lit';
import type { ContentProblem, TopicItem } from '../content/types.js';
import { manualSlots } from '../internal/assign-slot.js';
import { HashLinkController, markItem } from '../internal/hash-link.js';
import { sectionHead, topicItem } from '../internal/render.js';
import { headingLevelProperty, textProperty } from '../internal/coerce.js';
import { SectionController } from '../internal/section-controller.js';
import { base } from '../styles/base.js';
import { list } from '../styles/list.js';
import { styles } from './topic-list.styles.js';
import { CareTopic } from './topic.js';

export type TopicSection = 'conditions' | 'recovery' | 'tips' | 'benefits' | 'research';
const SECTIONS: TopicSection[] = ['conditions', 'recovery', 'tips', 'benefits', 'research'];

/**
 * @tag care-topic-list
 * @summary Any titled-items section of a guide (conditions, recovery, tips, research) as a list.
 *
 * @description Items come from `<care-topic>` children, else the `items` property, else the
 * section of the nearest `<care-guide>` named by `section`. An item's evidence and frequency, when
 * it has them (benefits), read as in `<care-benefits-card>`; the sources it cites are small numbered
 * links to the review note's list.
 *
 * @slot - `<care-topic label="…">` children written by a CMS; their content is the description.
 * @slot heading - The section title as inline text; the element supplies the heading.
 *
 * @csspart base - The section that wraps everything.
 * @csspart section-heading - The section heading.
 * @csspart intro - The section introduction.
 * @csspart list - The list.
 * @csspart item - One item.
 * @csspart title - An item's heading.
 * @csspart evidence - How strong the evidence for an item is, in words and by a meter, with its note.
 * @csspart frequency - How common an item is, in words and, when known, as a rate.
 * @csspart description - An item's description.
 * @csspart citations - The numbered links to the sources an item cites.
 *
 * @cssprop [--care-topic-list-gap=var(--care-space)] - Space between items.
 *
 * @fires {CustomEvent<CareContentErrorDetail>} care-content-error - Some items were unusable and left out, or `section` is unknown, or an attribute has a value it does not take; detail `{ problems }`.
 */
export class CareTopicList extends LitElement {
  static override styles = [base, list, styles];

  /** @internal */
  static override shadowRootOptions = manualSlots;

  static override properties = {
    section: { reflect: true },
    items: { attribute: false },
    heading: {},
    headingLevel: { type: Number, attribute: 'heading-level' },
  };

  /** Which section of the guide to show: `conditions`, `recovery`, `tips`, `benefits` or `research` (what researchers are exploring). */
  section: TopicSection = 'conditions';

  /** Items as data, `[{ id?, title, description?, sources? }]`. Children win when present; an empty list counts as none, so the nearest guide's section shows. */
  items?: TopicItem[];

  /** Section title; the `heading` slot and then the guide's section title are used when absent. */
  heading?: string | null;

  /** Level of the section heading (1–6), or of the page's own heading just above the element when it has none; each item's title is one level below. */
  headingLevel = 2;

  #content = new SectionController(this, {
    section: () => (SECTIONS.includes(this.section) ? this.section : 'conditions'),
    child: { tag: 'care-topic', attributes: CareTopic.dataAttributes },
  });
  /** The section heading's level, 1 to 6. */
  #level = 2;

  constructor() {
    super();
    new HashLinkController(this, (id) => markItem(this, id));
  }
  #heading?: string;

  protected override willUpdate(): void {
    const problems: ContentProblem[] = [];
    if (!SECTIONS.includes(this.section)) problems.push({ path: 'section', message: `expected one of ${SECTIONS.join(', ')}` });
    this.#heading = textProperty(this.heading, 'heading', problems);
    this.#level = headingLevelProperty(this.headingLevel, 2, problems);
    this.#content.report(problems);
    this.#content.resolve();
  }

  override render() {
    const level = this.#level;
    return html`<section part="base" lang=${this.#content.lang} dir=${this.#content.dir ?? nothing}>
      ${sectionHead(this.#content, level, this.#heading)}
      <ul part="list" class="list" role="list">
        ${this.#content.items.map((item) => topicItem(this.#content, item, level + 1))}
      </ul>
    </section>`;
  }
}
