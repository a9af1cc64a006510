import { html, LitElement, nothing } from 'lit';
import { clip } from '../content/describe.js';
import type { ContentProblem, Step, Valid } from '../content/types.js';
import { manualSlots } from '../internal/assign-slot.js';
import { HashLinkController, markItem } from '../internal/hash-link.js';
import { citations } from '../internal/facts.js';
import { itemBody, sectionHead } from '../internal/render.js';
import { checkChoice, headingLevelProperty, textProperty } from '../internal/coerce.js';
import { SectionController } from '../internal/section-controller.js';
import { format, formatNumber } from '../internal/strings.js';
import { heading } from '../internal/text.js';
import { base } from '../styles/base.js';
import { horizontalStyles, styles } from './procedure-timeline.styles.js';
import { CareStep } from './step.js';

type Progress = 'done' | 'current' | 'upcoming' | undefined;

/**
 * @tag care-procedure-timeline
 * @summary The steps of a procedure as a numbered timeline, with optional progress.
 *
 * @description Steps come from `<care-step>` children, else the `items` property, else the
 * `procedure` section of the nearest `<care-guide>`. An ordered list: each step has its number,
 * its title as a heading, its duration and description; screen readers hear "Step 2 of 5" once.
 *
 * @slot - `<care-step label="…" duration="…">` children written by a CMS; their content is the step's description.
 * @slot heading - The section title as inline text; the element supplies the heading.
 *
 * @csspart base - The section that wraps everything.
 * @csspart section-heading - The section heading.
 * @csspart intro - The section introduction.
 * @csspart list - The ordered list of steps.
 * @csspart item - One step.
 * @csspart marker - The circle with the step's number (or a check mark when done).
 * @csspart title - The step's heading.
 * @csspart duration - How long the step takes.
 * @csspart description - The step's description.
 * @csspart citations - The numbered links to the sources a step cites.
 * @csspart toggle - In `compact` mode, the button that shows a step's description.
 *
 * @cssprop [--care-procedure-timeline-marker-size=2.25rem] - Diameter of the step markers.
 * @cssprop [--care-procedure-timeline-marker-color=var(--care-color-accent)] - Marker colour.
 * @cssprop [--care-procedure-timeline-connector=2px solid var(--care-color-border)] - The line between markers.
 * @cssprop [--care-procedure-timeline-gap=var(--care-space)] - Space between steps.
 *
 * @fires {CustomEvent<CareContentErrorDetail>} care-content-error - Some steps were unusable and left out, or `current` names no step, or an attribute has a value it does not take; detail `{ problems }`.
 */
export class CareProcedureTimeline extends LitElement {
  static override styles = [base, styles, ...horizontalStyles];

  /** @internal */
  static override shadowRootOptions = manualSlots;

  static override properties = {
    items: { attribute: false },
    heading: {},
    headingLevel: { type: Number, attribute: 'heading-level' },
    orientation: { reflect: true },
    current: {},
    compact: { type: Boolean, reflect: true },
    expanded: { state: true },
  };

  /** Steps as data, `[{ id?, title, description?, duration? }]`. Children win when present; an empty list counts as none, so the nearest guide's section shows. */
  items?: Step[];

  /** Section title; the `heading` slot and then the guide's section title are used when absent. */
  heading?: string | null;

  /** Level of the section heading (1–6), or of the page's own heading just above the element when it has none; each step's title is one level below. */
  headingLevel = 2;

  /** `vertical`, or `horizontal`: side by side while each step gets about 11em (up to 8 steps), vertical when not. */
  orientation: 'vertical' | 'horizontal' = 'vertical';

  /** The step the patient is at, by id or 1-based number. Earlier steps show as done, later as upcoming. */
  current?: string | number;

  /** Titles and durations only; each description opens from a "Details" button. */
  compact = false;

  private expanded = new Set<string>();

  #content = new SectionController(this, {
    section: () => 'procedure',
    child: { tag: 'care-step', attributes: CareStep.dataAttributes },
  });
  /** The section heading's level, 1 to 6. */
  #level = 2;
  #currentIndex = -1;
  #heading?: string;
  #hash = new HashLinkController(this, (id) => this.#reveal(id));

  /** Opens a compact step's description, then scrolls to the step and marks it. */
  #reveal(id: string): boolean {
    if (!this.#content.items.some((step) => step.id === id)) return false;
    if (this.compact && !this.expanded.has(id)) this.#toggle(id);
    this.updateComplete.then(() => markItem(this, id));
    return true;
  }

  protected override willUpdate(): void {
    this.#content.resolve();
    // A link to a compact step opens it here, before the steps are read: one update shows it.
    this.#hash.followInUpdate();
    const problems: ContentProblem[] = [];
    this.#heading = textProperty(this.heading, 'heading', problems);
    this.#level = headingLevelProperty(this.headingLevel, 2, problems);
    checkChoice(this.orientation, 'orientation', ['vertical', 'horizontal'], problems);
    const steps = this.#content.items;
    const wanted = textProperty(this.current, 'current', problems, true)?.trim() ?? '';
    const byNumber = /^\d+$/.test(wanted) ? Number(wanted) - 1 : -1;
    this.#currentIndex = steps[byNumber] ? byNumber : steps.findIndex((step) => step.id === wanted);
    if (wanted && this.#currentIndex < 0 && steps.length > 0) {
      problems.push({ path: 'current', message: `no step has the id or number "${clip(wanted)}"` });
    }
    this.#content.report(problems);
  }

  #progress(index: number): Progress {
    if (this.#currentIndex < 0) return undefined;
    return index < this.#currentIndex ? 'done' : index === this.#currentIndex ? 'current' : 'upcoming';
  }

  #toggle(id: string) {
    const next = new Set(this.expanded);
    if (!next.delete(id)) next.add(id);
    this.expanded = next;
  }

  #renderStep(step: Valid<Step>, index: number, level: number) {
    const { strings, lang } = this.#content;
    const total = this.#content.items.length;
    const progress = this.#progress(index);
    const open = !this.compact || this.expanded.has(step.id);
    const state = progress && { done: strings.stepDone, current: strings.stepCurrent, upcoming: strings.stepUpcoming }[progress];
    const position = format(strings.stepOf, { n: index + 1, total }, lang);
    const label = state ? format(strings.stepWithState, { step: position, state }) : position;
    const hasBody = Boolean(step.description || this.#content.nodes.has(step.id));
    return html`<li part="item" class="step ${progress ?? ''}" data-id=${step.id} aria-current=${progress === 'current' ? 'step' : nothing}>
      <span part="marker" class="marker" aria-hidden="true">${progress === 'done' ? '✓' : formatNumber(index + 1, lang)}</span>
      <div class="content">
        ${heading(level, html`<span class="visually-hidden">${label}${strings.colon}</span>${step.title}`, 'title')}
        ${step.duration
          ? html`<p part="duration" class="duration"><span class="visually-hidden">${strings.duration}${strings.colon}</span>${step.duration}</p>`
          : nothing}
        ${this.compact && hasBody
          ? html`<button type="button" part="toggle" class="toggle" aria-expanded=${open ? 'true' : 'false'}
              aria-controls="d-${step.id}" aria-label=${`${strings.details}${strings.colon}${step.title}`} @click=${() => this.#toggle(step.id)}>${strings.details}</button>`
          : nothing}
        ${hasBody
          ? html`<div part="description" class="description" id="d-${step.id}" ?hidden=${!open}>
              ${itemBody(this.#content, step.id, step.description, citations(step.sources, this.#content.guide?.sources, this.#content.strings))}
            </div>`
          : nothing}
      </div>
    </li>`;
  }

  override render() {
    const level = this.#level;
    return html`<section part="base" lang=${this.#content.lang} dir=${this.#content.dir ?? nothing}>
      ${sectionHead(this.#content, level, this.#heading)}
      <ol part="list" class="list steps-${this.#content.items.length}" role="list">
        ${this.#content.items.map((step, i) => this.#renderStep(step, i, level + 1))}
      </ol>
    </section>`;
  }
}
