import { ContextConsumer } from '@lit/context';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { SectionItems, SectionKey, Valid, ValidGuide } from '../content/types.js';
import { SECTION_KINDS, validateItems } from '../content/validate.js';
import { guideContext } from './context.js';
import { reportProblems } from './report.js';
import { stringsFor, type CareStrings } from './strings.js';

type Host = ReactiveControllerHost & HTMLElement & { items?: unknown };

export interface SectionOptions<K extends SectionKey> {
  /** The guide section this element shows; none for elements that only read the guide itself. */
  section?: () => K;
  /** The tag of light-DOM children a CMS writes, e.g. `care-faq-item`. */
  childTag?: string;
  /** Reads one child into raw item data, validated like `items`. Defaults to `parseLabelled`. */
  parseChild?: (child: Element) => Record<string, unknown>;
}

/** The text of a child's content, whitespace folded; undefined when it has none. */
export function textOf(nodes: Iterable<Node>): string | undefined {
  return Array.from(nodes, (node) => node.textContent ?? '').join(' ').replace(/\s+/g, ' ').trim() || undefined;
}

/** Reads `<care-step label duration>`, `<care-risk label severity>`, `<care-benefit label>` and `<care-topic label>`. */
export function parseLabelled(child: Element): Record<string, unknown> {
  return {
    id: child.id || undefined,
    title: child.getAttribute('label'),
    description: textOf(child.childNodes),
    duration: child.getAttribute('duration'),
    severity: child.getAttribute('severity'),
  };
}

/**
 * Resolves an element's items from one place, in order: light-DOM children, then the host's
 * `items` property, then the section of the nearest `<care-guide>`. Validates them, reports problems once,
 * and hands the element a clean list. Also resolves the language and its strings, and puts each
 * CMS-written child in the named slot `item-<id>` where the element renders its content.
 */
export class SectionController<K extends SectionKey> implements ReactiveController {
  /** Valid items, each with a unique id. */
  items: Valid<SectionItems[K]>[] = [];
  /** Section title and intro, from the guide only. */
  title?: string;
  intro?: string;
  /** Light-DOM child of each item, when the items came from children. */
  nodes = new Map<string, Element>();
  /** Names of the named slots that light-DOM children fill, such as `heading`. */
  slots = new Set<string>();
  lang = 'en';
  strings: CareStrings = stringsFor('en');

  #consumer: ContextConsumer<{ __context__: ValidGuide | undefined }, Host>;
  #observer?: MutationObserver;
  #childList: Element[] = [];
  #seen: unknown[] = [];
  #nearestLang = '';

  constructor(
    private host: Host,
    private options: SectionOptions<K> = {},
  ) {
    host.addController(this);
    this.#consumer = new ContextConsumer(host, { context: guideContext, subscribe: true });
  }

  get guide(): ValidGuide | undefined {
    return this.#consumer.value;
  }

  hostConnected(): void {
    this.#nearestLang = this.host.closest('[lang]')?.getAttribute('lang') ?? '';
    this.#readChildren();
    this.#observer ??= new MutationObserver(() => {
      this.#readChildren();
      this.host.requestUpdate();
    });
    this.#observer.observe(this.host, {
      childList: true,
      subtree: true,
      characterData: true,
      attributes: true,
      attributeFilter: ['id', 'open', 'question', 'label', 'duration', 'severity'],
    });
  }

  hostDisconnected(): void {
    this.#observer?.disconnect();
  }

  hostUpdated(): void {
    for (const [id, node] of this.nodes) {
      if (node.slot !== `item-${id}`) node.slot = `item-${id}`;
    }
  }

  /**
   * Re-resolves when children, the items property, the guide or the section changed.
   * Call in willUpdate; returns true when the items were resolved anew.
   */
  resolve(): boolean {
    const key = this.options.section?.();
    const items = this.host.items;
    const guide = this.guide;
    const inputs = [this.#childList, items, guide, key, this.host.getAttribute('lang')];
    if (inputs.every((value, i) => value === this.#seen[i])) return false;
    this.#seen = inputs;

    const children = this.#childList;
    this.nodes = new Map();
    this.title = this.intro = undefined;
    this.items = [];
    let fromGuide = !key;
    if (key && children.length > 0) {
      const raw = children.map(this.options.parseChild ?? parseLabelled);
      const result = validateItems(SECTION_KINDS[key], raw, this.options.childTag);
      this.items = result.value as unknown as Valid<SectionItems[K]>[];
      result.value.forEach((item, i) => this.nodes.set(item.id, children[result.indexes[i]]));
      reportProblems(this.host, result.problems);
    } else if (key && (Array.isArray(items) ? items.length > 0 : items != null)) {
      const result = validateItems(SECTION_KINDS[key], items, 'items');
      this.items = result.value as unknown as Valid<SectionItems[K]>[];
      reportProblems(this.host, result.problems);
    } else if (key && guide?.[key]) {
      const section = guide[key]!;
      this.items = section.items as unknown as Valid<SectionItems[K]>[];
      fromGuide = true;
      this.title = section.title;
      this.intro = section.intro;
    }
    this.lang = this.host.getAttribute('lang') || (fromGuide && guide?.lang) || this.#nearestLang || 'en';
    this.strings = stringsFor(this.lang);
    return true;
  }

  /** Children are read only when connected or changed, never during an update, so rendering works without a DOM. */
  #readChildren() {
    const tag = this.options.childTag?.toUpperCase();
    const children = Array.from(this.host.children);
    this.#childList = children.filter((child) => child.tagName === tag);
    this.slots = new Set(children.map((child) => child.slot).filter((name) => name && !name.startsWith('item-')));
  }
}
