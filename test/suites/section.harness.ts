import type { LitElement } from 'lit';

/** What the section elements have in common, as the suite drives them. */
export type SectionElement = LitElement & { items?: unknown; heading?: string; headingLevel: number };

const text = (node: Node) => (node.textContent ?? '').replace(/\s+/g, ' ').trim();
const levelOf = (el: Element | null) => (el && /^h[1-6]$/.test(el.localName) ? Number(el.localName[1]) : undefined);

/**
 * Reads a section element as a reader meets it: its section heading, intro, and each item's title
 * and description. An element whose items read differently subclasses it.
 */
export class SectionHarness<E extends SectionElement = SectionElement> {
  constructor(readonly element: E) {}

  get root(): ShadowRoot {
    return this.element.shadowRoot!;
  }

  /** The outermost rendered element. */
  get base(): HTMLElement | null {
    return this.root.firstElementChild as HTMLElement | null;
  }

  get sectionHeading(): HTMLElement | null {
    return this.root.querySelector('[part~="section-heading"]');
  }

  /** The section heading's text, slotted text included. */
  get headingText(): string | undefined {
    const heading = this.sectionHeading;
    if (!heading) return undefined;
    const slot = heading.querySelector('slot');
    const assigned = slot?.assignedNodes({ flatten: true }) ?? [];
    return assigned.length > 0 ? assigned.map(text).join(' ').trim() : text(heading);
  }

  get headingLevel(): number | undefined {
    return levelOf(this.sectionHeading);
  }

  get intro(): string | undefined {
    const intro = this.root.querySelector('[part~="intro"]');
    return intro ? text(intro) : undefined;
  }

  get items(): HTMLElement[] {
    return [...this.root.querySelectorAll<HTMLElement>('[part~="item"]')];
  }

  /** Each item's title as it reads on screen. */
  titles(): string[] {
    return this.items.map((item) => this.titleText(item.querySelector('[part~="title"]')!));
  }

  titleLevels(): (number | undefined)[] {
    return this.items.map((item) => levelOf(item.querySelector('[part~="title"]')));
  }

  /** Each item's description as its paragraphs of text. */
  descriptions(): string[][] {
    return this.items.map((item) => [...item.querySelectorAll('[part~="description"] p')].map(text));
  }

  /** Shows the item's description, where the element hides it until asked. */
  async reveal(_index: number): Promise<void> {
    await this.element.updateComplete;
  }

  protected titleText(title: Element): string {
    return text(title);
  }
}
