import { html, LitElement, nothing } from 'lit';
import type { ContentProblem, Risk, Severity, Valid } from '../content/types.js';
import { sectionHead, topicItem } from '../internal/render.js';
import { textProperty } from '../internal/coerce.js';
import { SectionController } from '../internal/section-controller.js';
import { format } from '../internal/strings.js';
import { heading, headingLevel } from '../internal/text.js';
import { base } from '../styles/base.js';
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
 * and a text label ("Severity: high").
 *
 * @slot - `<care-risk label="…" severity="low|moderate|high">` children written by a CMS; their content is the description.
 * @slot heading - The section title as inline text; the element supplies the heading.
 * @slot footer - After the list: a call to action such as "Talk to your doctor about…".
 *
 * @csspart base - The section that wraps everything.
 * @csspart section-heading - The section heading.
 * @csspart intro - The section introduction.
 * @csspart list - A list of risks.
 * @csspart group-heading - The heading of a severity group, with `group-by="severity"`.
 * @csspart item - One risk.
 * @csspart title - A risk's heading.
 * @csspart severity - The severity label with its icon.
 * @csspart icon - The shape that stands for a risk's severity.
 * @csspart description - A risk's description.
 *
 * @cssprop [--care-risk-list-high-color=light-dark(#b91c1c, #fca5a5)] - Colour of the high severity label: a red that passes AA.
 * @cssprop [--care-risk-list-moderate-color=light-dark(#92400e, #fcd34d)] - Colour of the moderate severity label: an amber-brown that passes AA.
 * @cssprop [--care-risk-list-low-color=light-dark(#166534, #86efac)] - Colour of the low severity label: a green that passes AA.
 * @cssprop [--care-risk-list-gap=var(--care-space)] - Space between risks.
 *
 * @fires care-content-error - Some risks were unusable and left out; detail `{ problems }`.
 */
export class CareRiskList extends LitElement {
  static override styles = [base, list, styles];

  static override properties = {
    items: { attribute: false },
    heading: {},
    headingLevel: { type: Number, attribute: 'heading-level' },
    sort: { reflect: true },
    groupBy: { reflect: true, attribute: 'group-by' },
  };

  /** Risks as data, `[{ id?, title, description?, severity? }]`. Children win when present. */
  items?: Risk[];

  /** Section title; the `heading` slot and then the guide's section title are used when absent. */
  heading?: string;

  /** Level of the section heading (1–6); risks (or severity groups) are one level below. */
  headingLevel = 2;

  /** `severity` orders risks from high to low; otherwise they keep the content's order. */
  sort?: 'severity';

  /** `severity` groups risks under a sub-heading per severity, high first. */
  groupBy?: 'severity';

  #content = new SectionController(this, {
    section: () => 'risks',
    child: { tag: 'care-risk', attributes: CareRisk.dataAttributes },
  });
  #groups: { severity?: Severity; items: Valid<Risk>[] }[] = [];
  #heading?: string;

  protected override willUpdate(): void {
    this.#content.resolve();
    const problems: ContentProblem[] = [];
    this.#heading = textProperty(this.heading, 'heading', problems);
    this.#content.report(problems);
    const items = this.#content.items;
    if (this.groupBy === 'severity') {
      this.#groups = ORDER.map((severity) => ({ severity, items: items.filter((r) => r.severity === severity) })).filter(
        (group) => group.items.length > 0,
      );
    } else {
      const rank = (r: Risk) => ORDER.indexOf(r.severity);
      this.#groups = [{ items: this.sort === 'severity' ? [...items].sort((a, b) => rank(a) - rank(b)) : items }];
    }
  }

  #severityLabel(severity: Severity) {
    const { strings } = this.#content;
    const level = { high: strings.severityHigh, moderate: strings.severityModerate, low: strings.severityLow }[severity];
    return format(strings.severity, { level });
  }

  #renderList(items: Valid<Risk>[], level: number) {
    return html`<ul part="list" class="list" role="list">
      ${items.map((risk) =>
        topicItem(this.#content, risk, level, nothing, risk.severity
          ? html`<p part="severity" class="severity ${risk.severity}">
              <span part="icon" aria-hidden="true">${ICONS[risk.severity]}</span>${this.#severityLabel(risk.severity)}
            </p>`
          : nothing),
      )}
    </ul>`;
  }

  override render() {
    const level = headingLevel(this.headingLevel);
    const below = level + 1;
    return html`<section part="base" lang=${this.#content.lang}>
      ${sectionHead(this.#content, level, this.#heading)}
      ${this.groupBy === 'severity'
        ? this.#groups.map(
            (group) => html`${heading(below, group.severity ? this.#severityLabel(group.severity) : this.#content.strings.severityUnrated, 'group-heading')}
              ${this.#renderList(group.items, below + 1)}`,
          )
        : this.#renderList(this.#groups[0]?.items ?? [], below)}
      <slot name="footer"></slot>
    </section>`;
  }
}
