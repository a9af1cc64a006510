import { html, LitElement, nothing } from 'lit';
import type { ContentProblem, Risk, Severity, Valid } from '../content/types.js';
import { assigned, manualSlots } from '../internal/assign-slot.js';
import { HashLinkController, markItem } from '../internal/hash-link.js';
import { sectionHead, topicItem } from '../internal/render.js';
import { checkChoice, headingLevelProperty, textProperty } from '../internal/coerce.js';
import { SectionController } from '../internal/section-controller.js';
import { format } from '../internal/strings.js';
import { heading } from '../internal/text.js';
import { base } from '../styles/base.js';
import { CARD_VARIANTS, card } from '../styles/card.js';
import { list } from '../styles/list.js';
import { CareRisk } from './risk.js';
import { styles } from './risk-list.styles.js';

const ORDER: (Severity | undefined)[] = ['high', 'moderate', 'low', undefined];
const ICONS: Record<Severity, string> = { high: '▲', moderate: '◆', low: '●' };

/**
 * @tag care-risk-list
 * @summary Risks and considerations, each with an optional severity told in words and by an icon.
 *
 * @description Risks come from `<care-risk>` children, else the `items` property, else the `risks`
 * section of the nearest `<care-guide>`. Severity is never shown by colour alone: each has a shape
 * and a text label ("Severity: high"); low severity is a neutral grey, never a reassuring green.
 * With `variant`, the risks sit in the same card as the benefits, with the same weight.
 *
 * @slot - `<care-risk label="…" severity="low|moderate|high">` children written by a CMS; their content is the description.
 * @slot heading - The section title as inline text; the element supplies the heading.
 * @slot footer - After the list: a call to action such as "Talk to your doctor about…".
 *
 * @csspart base - The section that wraps everything; the card with `variant`.
 * @csspart section-heading - The section heading.
 * @csspart intro - The section introduction.
 * @csspart list - A list of risks.
 * @csspart group-heading - The heading of a severity group, with `group-by="severity"`; it names the severity in words and by shape.
 * @csspart item - One risk.
 * @csspart title - A risk's heading.
 * @csspart severity - The severity label with its icon.
 * @csspart icon - The shape that stands for a risk's severity.
 * @csspart frequency - How common a risk is, in words and, when known, as a rate.
 * @csspart description - A risk's description.
 * @csspart citations - The numbered links to the sources a risk cites.
 *
 * @cssprop [--care-risk-list-high-color=light-dark(#b91c1c, #fca5a5)] - Colour of the high severity label: a red that passes AA.
 * @cssprop [--care-risk-list-moderate-color=light-dark(#92400e, #fcd34d)] - Colour of the moderate severity label: an amber-brown that passes AA.
 * @cssprop [--care-risk-list-low-color=light-dark(#4b5563, #cbd5e1)] - Colour of the low severity label: a neutral grey that passes AA.
 * @cssprop [--care-risk-list-gap=var(--care-space)] - Space between risks.
 * @cssprop [--care-risk-list-background=var(--care-color-surface)] - Card background, with `variant`; an `elevated` card on a dark page takes `--care-color-surface-raised` unless `--care-color-surface` is set, as a shadow draws no edge there.
 * @cssprop [--care-risk-list-padding=calc(var(--care-space) * 1.5)] - Card padding, with `variant`.
 * @cssprop [--care-risk-list-shadow=0 1px 3px rgb(0 0 0 / 0.2), 0 4px 12px rgb(0 0 0 / 0.12)] - Shadow of the `elevated` variant.
 *
 * @fires {CustomEvent<CareContentErrorDetail>} care-content-error - Some risks were unusable and left out, or an attribute has a value it does not take; detail `{ problems }`.
 */
export class CareRiskList extends LitElement {
  static override styles = [base, list, card, styles];

  /** @internal */
  static override shadowRootOptions = manualSlots;

  static override properties = {
    items: { attribute: false },
    heading: {},
    headingLevel: { type: Number, attribute: 'heading-level' },
    sort: { reflect: true },
    groupBy: { reflect: true, attribute: 'group-by' },
    variant: { reflect: true },
  };

  /** Risks as data, `[{ id?, title, description?, severity?, frequency?, sources? }]`. Children win when present; an empty list counts as none, so the nearest guide's section shows. */
  items?: Risk[];

  /** Section title; the `heading` slot and then the guide's section title are used when absent. */
  heading?: string | null;

  /** Level of the section heading (1–6), or of the page's own heading just above the element when it has none; risks (or severity groups) are one level below. */
  headingLevel = 2;

  /** `severity` orders risks from high to low; otherwise they keep the content's order. */
  sort?: 'severity';

  /** `severity` groups risks under a sub-heading per severity, high first; each risk then tells its severity to screen readers only. */
  groupBy?: 'severity';

  /** `outlined` or `elevated`: a card exactly like `<care-benefits-card>`, so risks weigh as much as benefits. A plain list when absent. */
  variant?: 'outlined' | 'elevated';

  #content = new SectionController(this, {
    section: () => 'risks',
    child: { tag: 'care-risk', attributes: CareRisk.dataAttributes },
  });
  /** The section heading's level, 1 to 6. */
  #level = 2;

  constructor() {
    super();
    new HashLinkController(this, (id) => markItem(this, id));
  }
  #groups: { severity?: Severity; items: Valid<Risk>[] }[] = [];
  #heading?: string;

  protected override willUpdate(): void {
    this.#content.resolve();
    const problems: ContentProblem[] = [];
    this.#heading = textProperty(this.heading, 'heading', problems);
    this.#level = headingLevelProperty(this.headingLevel, 2, problems);
    checkChoice(this.sort, 'sort', ['severity'], problems);
    checkChoice(this.groupBy, 'group-by', ['severity'], problems);
    checkChoice(this.variant, 'variant', CARD_VARIANTS, problems);
    this.#content.report(problems);
    const items = this.#content.items;
    if (this.groupBy === 'severity') {
      this.#groups = ORDER.map((severity) => ({ severity, items: items.filter((r) => r.severity === severity) })).filter(
        (group) => group.items.length > 0,
      );
    } else {
      const rank = (r: Valid<Risk>) => ORDER.indexOf(r.severity);
      this.#groups = [{ items: this.sort === 'severity' ? [...items].sort((a, b) => rank(a) - rank(b)) : items }];
    }
  }

  #severityLabel(severity: Severity) {
    const { strings } = this.#content;
    const level = { high: strings.severityHigh, moderate: strings.severityModerate, low: strings.severityLow }[severity];
    return format(strings.severity, { level });
  }

  #renderList(items: Valid<Risk>[], level: number) {
    // Under a severity heading the label would repeat it; screen readers landing on one risk still hear it.
    const hidden = this.groupBy === 'severity' ? 'visually-hidden' : '';
    return html`<ul part="list" class="list" role="list">
      ${items.map((risk) =>
        topicItem(this.#content, risk, level, nothing, risk.severity
          ? html`<p part="severity" class="severity ${risk.severity} ${hidden}">
              <span part="icon" aria-hidden="true">${ICONS[risk.severity]}</span>${this.#severityLabel(risk.severity)}
            </p>`
          : nothing),
      )}
    </ul>`;
  }

  #renderGroupHeading(severity: Severity | undefined, level: number) {
    if (!severity) return heading(level, this.#content.strings.severityUnrated, 'group-heading');
    // The shape is drawn by CSS, with empty alternative text, so the heading reads as its words alone.
    return heading(level, html`<span class="shape ${severity}">${this.#severityLabel(severity)}</span>`, 'group-heading');
  }

  override render() {
    const level = this.#level;
    const below = level + 1;
    const isCard = this.variant === 'outlined' || this.variant === 'elevated';
    const content = html`${sectionHead(this.#content, level, this.#heading)}
      ${this.groupBy === 'severity'
        ? this.#groups.map((group) => html`${this.#renderGroupHeading(group.severity, below)}${this.#renderList(group.items, below + 1)}`)
        : this.#renderList(this.#groups[0]?.items ?? [], below)}
      <slot name="footer" ${assigned(this.#content.inSlot('footer'))}></slot>`;
    return html`<section part="base" class=${isCard ? 'card' : ''} lang=${this.#content.lang} dir=${this.#content.dir ?? nothing}>
      ${isCard ? html`<div class="body">${content}</div>` : content}
    </section>`;
  }
}
