import { ContextConsumer } from '@lit/context';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ContentProblem, SectionItems, SectionKey, Valid, ValidGuide } from '../content/types.js';
import { asLanguageTag } from '../content/rules.js';
import { SECTION_KINDS, validateItems } from '../content/validate.js';
import { curlyQuoteProblems, LABELLED_ATTRIBUTES, parseLabelled, unshownProblems, type ChildItem } from './children.js';
import { giveBackPage, mendChildren, nestingProblems, reclaimChildren } from './mend-children.js';
import { guideContext } from './context.js';
import { languageDirection } from './direction.js';
import { reportProblems } from './report.js';
import { nearestLang, pendingStrings, stringsFor, type CareStrings } from './strings.js';

const NO_CHILDREN: readonly Element[] = [];

/** `guide` is set only by the server's layout: context travels by DOM events, which do not run on the server. */
type Host = ReactiveControllerHost & HTMLElement & { items?: unknown; guide?: ValidGuide };

/** The light-DOM children a CMS writes for an element, such as `<care-step>`. */
export interface ChildKind {
  tag: string;
  /** The attributes read from each child; a change to one re-reads the children. */
  attributes: readonly string[];
  /** Reads one child into raw item data, validated like `items`. Defaults to `parseLabelled`. */
  parse?: (child: Element) => ChildItem;
  /**
   * Readies each child whenever the children are read, such as an FAQ item holding back its question
   * child, and names what of it does not show; `at` is the path to the child.
   */
  prepare?: (child: Element, at: string) => ContentProblem[];
}

export interface SectionOptions<K extends SectionKey> {
  /** The guide section this element shows; none for elements that only read the guide itself. */
  section?: () => K;
  child?: ChildKind;
}

/**
 * Resolves an element's items from one place, in order: light-DOM children, then the host's
 * `items` property, then the section of the nearest `<care-guide>`. Validates them, reports problems
 * after the update that found them, and hands the element a clean list. Also resolves the language
 * and its strings, and names each CMS-written child's slot `item-<id>`, where the element renders
 * its content.
 */
export class SectionController<K extends SectionKey> implements ReactiveController {
  /** Valid items, each with a unique id. */
  items: Valid<SectionItems[K]>[] = [];
  /** Section title and intro, from the guide only. */
  title?: string;
  intro?: string;
  /** Light-DOM child of each item, when the items came from children. */
  nodes = new Map<string, Element>();
  /** The light-DOM children that fill each named slot, such as `heading`, but the items'. */
  slotted = new Map<string, Element[]>();
  lang = 'en';
  /**
   * The writing direction of the content's own language (the host's `lang`, or the guide's for its
   * items), for the element to write beside `lang`, or the host's own `dir`, which wins; none when
   * the content names no language of its own, so that it keeps the page's direction.
   */
  dir?: 'ltr' | 'rtl';
  strings: CareStrings = stringsFor('en');

  #consumer: ContextConsumer<{ __context__: ValidGuide | undefined }, Host>;
  #observer?: MutationObserver;
  #childList: Element[] = [];
  #seen: unknown[] = [];
  #nearestLang = '';
  #askedLang?: string;
  #contentProblems: ContentProblem[] = [];
  #ownProblems: ContentProblem[] = [];
  /** Problems of the host and its children read with them: attributes curly quotes cut short, content a child does not show. */
  #childProblems: ContentProblem[] = [];
  /** Children the host shows nothing of, found after the first render since the children were read. */
  #unshown: ContentProblem[] = [];
  #childrenRead = false;

  /** The children written for the named slot `name`, for `assigned()`: none when the page wrote none. */
  inSlot(name: string): readonly Element[] {
    return this.slotted.get(name) ?? NO_CHILDREN;
  }

  constructor(
    private host: Host,
    private options: SectionOptions<K> = {},
  ) {
    host.addController(this);
    this.#consumer = new ContextConsumer(host, { context: guideContext, subscribe: true });
  }

  /** The nearest `<care-guide>`'s guide, else the one the server's layout gave the host. */
  get guide(): ValidGuide | undefined {
    return this.#consumer.value ?? this.host.guide;
  }

  hostConnected(): void {
    this.#nearestLang = nearestLang(this.host);
    this.#reclaim();
    this.#readChildren();
    this.#observer ??= new MutationObserver(this.#onChildrenChanged);
    // Content that autop pushed out of the element is only all there once the page is parsed.
    const { ownerDocument } = this.host;
    if (ownerDocument.readyState === 'loading') ownerDocument.addEventListener('DOMContentLoaded', this.#onParsed, { once: true });
    this.#observer.observe(this.host, {
      childList: true,
      subtree: true,
      characterData: true,
      attributes: true,
      // The host's own lang and dir too: its language, words and direction follow them. A child's slot says where it shows.
      attributeFilter: ['id', 'lang', 'dir', 'slot', ...(this.options.child?.attributes ?? [])],
    });
  }

  hostDisconnected(): void {
    this.#observer?.disconnect();
    this.host.ownerDocument.removeEventListener('DOMContentLoaded', this.#onParsed);
  }

  #onChildrenChanged = () => {
    this.#readChildren();
    this.host.requestUpdate();
  };

  /**
   * Makes a change of the host's own to its children, such as mirroring an answer's `open` state,
   * without reading every child again for it; changes anyone else made are read as usual.
   */
  quietly(change: () => void): void {
    const earlier = this.#observer?.takeRecords() ?? [];
    change();
    this.#observer?.takeRecords();
    if (earlier.length > 0) this.#onChildrenChanged();
  }

  #onParsed = () => {
    this.#reclaim();
    this.#readChildren();
    this.host.requestUpdate();
  };

  #reclaim() {
    if (this.options.child) return reclaimChildren(this.host, this.options.child.tag);
    // An element of named slots only, such as a header cut short with the guide around it: its named-slot children follow it.
    reclaimChildren(this.host, '');
    giveBackPage(this.host);
  }

  hostUpdated(): void {
    // For a server's declarative shadow root, which assigns by name; the element assigns its own by hand.
    this.quietly(() => {
      for (const [id, node] of this.nodes) {
        if (node.slot !== `item-${id}`) node.slot = `item-${id}`;
      }
    });
    const tag = this.options.child?.tag;
    if (tag && this.#childrenRead) this.#unshown = unshownProblems(this.host, tag);
    this.#childrenRead = false;
    reportProblems(this.host, [...this.#contentProblems, ...this.#unshown, ...this.#ownProblems]);
    this.#ownProblems = [];
  }

  /** Reports problems with the element's own attributes after this update, with its content's. */
  report(problems: ContentProblem[]): void {
    this.#ownProblems.push(...problems);
  }

  /**
   * Re-resolves when children, the items property, the guide or the section changed.
   * Call in willUpdate; returns true when the items were resolved anew.
   */
  resolve(): boolean {
    const key = this.options.section?.();
    const items = this.host.items;
    const guide = this.guide;
    const inputs = [this.#childList, items, guide, key, this.host.getAttribute('lang'), this.host.getAttribute('dir')];
    if (inputs.every((value, i) => value === this.#seen[i])) {
      this.#speak();
      return false;
    }
    this.#seen = inputs;

    const children = this.#childList;
    this.nodes = new Map();
    this.title = this.intro = undefined;
    this.items = [];
    this.#contentProblems = [];
    let fromGuide = !key;
    if (key && children.length > 0) {
      const raw = children.map(this.options.child?.parse ?? parseLabelled);
      const result = validateItems(SECTION_KINDS[key], raw, this.options.child?.tag);
      this.items = result.value as unknown as Valid<SectionItems[K]>[];
      result.value.forEach((item, i) => this.nodes.set(item.id, children[result.indexes[i]]));
      const renamed = this.options.child?.parse ? {} : LABELLED_ATTRIBUTES;
      // `care-step[2].title` names a field of the data; the CMS wrote `care-step[2].label`.
      this.#contentProblems = [
        ...nestingProblems(children, this.options.child!.tag, this.host.localName),
        ...result.problems.map(({ path, message }) => ({
          path: path.replace(/^([\w-]+\[\d+\])\.(\w+)/, (whole, child: string, field: string) => (renamed[field] ? `${child}.${renamed[field]}` : whole)),
          message,
        })),
      ];
    } else if (key && (Array.isArray(items) ? items.length > 0 : items != null)) {
      const result = validateItems(SECTION_KINDS[key], items, 'items');
      this.items = result.value as unknown as Valid<SectionItems[K]>[];
      this.#contentProblems = result.problems;
    } else if (key && guide?.[key]) {
      const section = guide[key]!;
      this.items = section.items as unknown as Valid<SectionItems[K]>[];
      fromGuide = true;
      this.title = section.title;
      this.intro = section.intro;
    }
    this.#contentProblems = [...this.#contentProblems, ...this.#childProblems];
    const ownLang = asLanguageTag(this.host.getAttribute('lang') ?? '') || (fromGuide && guide?.lang) || undefined;
    this.lang = ownLang || this.#nearestLang || 'en';
    this.dir = this.#direction(ownLang);
    this.#speak();
    return true;
  }

  /**
   * The host's own `dir` when it is `ltr` or `rtl`, else that of the content's own language; none
   * for content that names no language of its own, or one that cannot be read: it keeps the page's
   * direction.
   */
  #direction(ownLang: string | undefined): 'ltr' | 'rtl' | undefined {
    const dir = this.host.getAttribute('dir')?.toLowerCase();
    if (dir === 'ltr' || dir === 'rtl') return dir;
    return ownLang ? languageDirection(ownLang) : undefined;
  }

  /** Takes the language's words as loaded so far; the first time it meets a language, updates again once all have come. */
  #speak() {
    this.strings = stringsFor(this.lang);
    if (this.#askedLang === this.lang) return;
    this.#askedLang = this.lang;
    pendingStrings(this.lang)?.then(() => this.host.requestUpdate());
  }

  /** Children are read only when connected or changed, never during an update, so rendering works without a DOM. */
  #readChildren() {
    this.#childrenRead = true;
    const tag = this.options.child?.tag;
    if (tag) mendChildren(this.host, tag);
    const children = Array.from(this.host.children);
    this.#childList = children.filter((child) => child.localName === tag);
    this.slotted = new Map();
    for (const child of children) {
      if (!child.slot || child.slot.startsWith('item-')) continue;
      const filling = this.slotted.get(child.slot);
      if (filling) filling.push(child);
      else this.slotted.set(child.slot, [child]);
    }
    const prepare = this.options.child?.prepare;
    this.#childProblems = [
      ...curlyQuoteProblems(this.host, ''),
      ...this.#childList.flatMap((child, i) => curlyQuoteProblems(child, `${tag}[${i}].`)),
      ...(prepare ? this.#childList.flatMap((child, i) => prepare(child, `${tag}[${i}]`)) : []),
    ];
  }
}
