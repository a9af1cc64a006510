import type { ContentProblem } from '../content/types.js';
import { NOT_CONTENT, is, isElement, isFiller } from './children.js';

/** Children of `parent` that are items (`tag`), such as the `<care-step>`s autop wrapped in a `<p>`. */
const itemsIn = (parent: Node, tag: string) => Array.from(parent.childNodes).filter((node) => is(node, tag));

/** Whether `node` is an item that a paragraph break cut short: the last node of its parent, so its content follows. */
const cutItem = (parent: Node, tag: string) => is(parent.lastChild, tag);

/** Whether `el` holds no body yet, only named-slot children such as a title (not items) and what autop adds. */
const titleOnly = (el: Element) =>
  Array.from(el.childNodes).every((node) => isFiller(node) || (isElement(node) && node.hasAttribute('slot') && !node.localName.startsWith('care-')));

/**
 * Whether `host`, written on one line (autop wrote no line break among its children), was cut
 * short: autop cuts such an element only where a block tag starts in it, so what it ends with has
 * no body yet: nothing (a section's intro paragraph first), an item with at most its named-slot
 * question, a named-slot child (the next may be a block, as a header's summary is), or an element
 * holding only those (a header in a guide). One that ends with text, an item with its body or a
 * section (empty, for a guide to fill) ended where it was written, and so did an empty guide (one
 * that fetches its content): a guide holds no block of its own to be cut at.
 */
function cutOnOneLine(host: Element, tag: string): boolean {
  const nodes = Array.from(host.childNodes).filter((node) => !isFiller(node) && !(isElement(node) && NOT_CONTENT.has(node.localName)));
  const last = nodes[nodes.length - 1];
  if (!last) return host.localName !== 'care-guide';
  if (!isElement(last)) return false;
  if (last.localName === tag) return titleOnly(last);
  return last.hasAttribute('slot') || (last.childElementCount > 0 && titleOnly(last));
}

/**
 * The `<p>` autop opened around `host` when the browser closed host and p together: every element
 * between ends its parent. Not when host ends with a line break and the newline after it: autop
 * writes that before an end tag it left in place, and drops a `<br>` before the `</p>` that cuts an
 * element short, so host was wrapped whole, its end tag parsed where it was written. Nor when host,
 * written on one line, ends as it was written (see `cutOnOneLine`). `tag` names its items: a guide
 * or a header has none.
 */
export function cutParagraph(host: Element, tag = ''): Element | undefined {
  let last = host.lastChild;
  if (last && isFiller(last) && !isElement(last)) last = last.previousSibling;
  if (is(last, 'br')) return undefined;
  if (!Array.from(host.children).some((child) => is(child, 'br')) && !cutOnOneLine(host, tag)) return undefined;
  for (let node = host; node.parentElement && node === node.parentElement.lastChild; node = node.parentElement) {
    if (node.parentElement.localName === 'p') return node.parentElement;
  }
  return undefined;
}

/**
 * Where the `<br>` autop puts after a closing tag that the browser dropped sits in a paragraph:
 * `end` when the paragraph is only that or ends with it (its content came before the tag),
 * `start` when content follows it (that content came after the tag), else none. An empty one
 * right after what it follows is none: autop starts each paragraph on a new line, so that is the
 * `</p>` it writes after a run it opened none for, one that starts with a block such as `<hr />`.
 */
export function breakAt(node: Node): 'end' | 'start' | undefined {
  if (!is(node, 'p') || node.attributes.length > 0) return undefined;
  if (!node.hasChildNodes() && node.previousSibling && !isFiller(node.previousSibling)) return undefined;
  const nodes = Array.from(node.childNodes).filter((child) => !isFiller(child) || is(child, 'br'));
  if (nodes.length === 0 || is(nodes[nodes.length - 1], 'br')) return 'end';
  return is(nodes[0], 'br') ? 'start' : undefined;
}

/**
 * The empty paragraph that autop's `</p>` after an item's start tag leaves first in the item when
 * host sits in no paragraph, its line opened with a block such as an `<hr />`: with no paragraph to
 * close, the browser keeps the item open, and every end tag after it falls in a paragraph autop
 * opened, so the rest of the page follows inside that item, the last of host.
 */
function strayInItem(host: Element, tag: string): ChildNode | undefined {
  const item = host.lastChild;
  if (!is(item, tag)) return undefined;
  const first = Array.from(item.childNodes).find((node) => (isElement(node) ? !node.hasAttribute('slot') : !isFiller(node)));
  return first && autopParagraph(first) && !first.hasChildNodes() ? first : undefined;
}

/** Whether `node` is the stray `</p>` autop writes after a run it opened no paragraph for (see `breakAt`). */
export const strayEnd = (node: Node) => autopParagraph(node) && !node.hasChildNodes() && !breakAt(node);

/** Whether `node` is or holds a care-* element other than the items, i.e. the next section of the page. */
export const holdsOtherElement = (node: Node, tag: string) =>
  isElement(node) && [node, ...node.querySelectorAll('*')].some((el) => el.localName.startsWith('care-') && el.localName !== tag);

/** The children of a paragraph up to the next section's element, when they include items: the last ones of this element. */
function headItems(paragraph: Node, tag: string): Node[] {
  const head: Node[] = [];
  for (let node = paragraph.firstChild; node && !holdsOtherElement(node, tag); node = node.nextSibling) head.push(node);
  return head.some((node) => is(node, tag)) ? head : [];
}

/**
 * The `<br>` that ends a paragraph of items after the one autop writes before host's end tag on a
 * line of its own: what autop left of an end tag written after host's, such as the guide's.
 */
function outerBreak(nodes: ChildNode[], tag: string): ChildNode | undefined {
  const [item, own, outer] = nodes.filter((node) => isElement(node) || !isFiller(node)).slice(-3);
  return is(item, tag) && is(own, 'br') && is(outer, 'br') ? outer : undefined;
}

/**
 * Takes back the content that the browser put after `host` because WordPress's autop wrapped it
 * in a `<p>`: a block or paragraph break inside closes host with that `<p>`, and what host held
 * after it follows as siblings of the `<p>`. Taken are the paragraphs that hold its orphaned `tag`
 * children (but what autop left of an end tag after host's, see `outerBreak`) and named-slot
 * children, and the blocks that follow a cut-short child up to what autop
 * left of its closing tags (an empty paragraph, or one with a `<br>` where a dropped tag was). The
 * page's own content after an element that was not cut short carries none of these marks and
 * stays put. `wrapper` is autop's `<p>` around host, or host itself when the browser put that
 * content in host's last item instead (see `mendChildren`). Only the page around host changes
 * this, so it runs when host is connected and when the page is parsed, not on every change inside host.
 */
export function reclaimChildren(host: Element, tag: string, wrapper = cutParagraph(host, tag)): void {
  if (!wrapper) return;
  const taken: Node[] = [];
  let pending: Node[] = [];
  let open = cutItem(host, tag);
  const take = (...nodes: Node[]) => {
    taken.push(...pending, ...nodes);
    pending = [];
  };
  for (let node = wrapper.nextSibling; node; node = node.nextSibling) {
    const mark = breakAt(node);
    if (holdsOtherElement(node, tag)) {
      // The next section's element may share a paragraph with this one's last children.
      const head = headItems(node, tag);
      if (head.length > 0 || (open && mark)) take(...head);
      break;
    }
    if (itemsIn(node, tag).length > 0) {
      const nodes = Array.from(node.childNodes);
      const outer = outerBreak(nodes, tag);
      take(...(outer ? nodes.slice(0, nodes.indexOf(outer)) : [node]));
      open = cutItem(node, tag);
    } else if (mark === 'start') {
      if (open) take();
      break;
    } else if (mark === 'end' && (open || pending.length > 0 || isFiller(node))) {
      take(node);
      open = false;
    } else if (isElement(node) && node.hasAttribute('slot')) {
      take(node);
    } else if (open || isFiller(node)) {
      pending.push(node);
    } else {
      break;
    }
  }
  host.append(...taken);
}

/**
 * Gives back the page that the browser put inside `host`, an element whose children are only named
 * slots, because its end tag was dropped: autop leaves a `<p>` open before `</care-guide-header>`,
 * and the parser ignores an end tag while a paragraph is open, so every section after it became a
 * child that `host` never shows. When a child is or holds another care-* element, everything after
 * the last slotted child moves back after `host`, in order.
 */
export function giveBackPage(host: Element): void {
  const nodes = Array.from(host.childNodes);
  if (!nodes.some((node) => isElement(node) && !node.hasAttribute('slot') && holdsOtherElement(node, host.localName))) return;
  const lastSlotted = nodes.findLastIndex((node) => isElement(node) && node.hasAttribute('slot'));
  host.after(...nodes.slice(lastSlotted + 1));
}

/** Removes the `<br>` (or empty `<p>`) autop writes after an item's start tag, which would open its body with an empty line. */
function dropLeadingBreaks(item: Element): void {
  for (let node = item.firstChild, next; node; node = next) {
    next = node.nextSibling;
    const filler = isFiller(node);
    if (filler && isElement(node)) node.remove();
    else if (!filler && !(isElement(node) && node.hasAttribute('slot'))) return;
  }
}

/** The nodes from `first` to the end of its parent, then from after that parent to the end of `until`. */
function runFrom(first: Node, until: Node): Node[] {
  const nodes: Node[] = [];
  for (let parent: Node | null = first; parent && parent !== until; parent = parent.parentNode) {
    for (let node: Node | null = parent === first ? first : parent.nextSibling; node; node = node.nextSibling) nodes.push(node);
  }
  return nodes;
}

/**
 * Where each item lifted out of another element of host was written: inside another item (and the
 * element of its content it was in, if any), or, without one, in `within`, another child of host:
 * a wrapper, or a tag left open before the item, which the browser opened again around it.
 */
const writtenInside = new WeakMap<Element, [outer: Element | undefined, within?: string]>();

/** A paragraph autop may have written: one with no attributes. A `<p class="lead">` is the page's own. */
export const autopParagraph = (node: Node) => is(node, 'p') && node.attributes.length === 0;

/**
 * Lifts each item that sits in another child of host out to just after that child, with what
 * follows it there: a paragraph around it (autop's), the item before it, a wrapper, or a tag left
 * open before it. Each lift leaves the item a child of host, and what followed it there is lifted
 * with it, so with items taken in document order one query and one pass mend any depth of nesting,
 * as a page may hold hundreds of items. An item is remembered, to be reported, unless it sits
 * directly in a paragraph of another item or anywhere in a paragraph of host, as autop puts it there.
 */
function liftItems(host: Element, tag: string): void {
  // What a lift carried out from after an element around its item (the next <li> of a list) is part of a wrapper named with that item;
  // what followed the item itself may be a tag it left open, which the browser opened again, and is named with the items in it.
  const carried = new WeakSet<Node>();
  for (const item of host.querySelectorAll(tag)) {
    if (item.parentElement === host) continue;
    // The child of host that holds item, and the child of that which does; an element of host's kind on the way reads it itself.
    let outer = item.parentElement!;
    let holder: Element = item;
    while (outer.parentElement !== host && outer.localName !== host.localName) [holder, outer] = [outer, outer.parentElement!];
    if (outer.localName === host.localName) continue;
    const autop = autopParagraph(holder) && item.parentElement === holder;
    if (is(outer, tag) && !autop) writtenInside.set(item, [outer, holder === item ? undefined : holder.localName]);
    else if (outer.localName !== tag && !autopParagraph(outer) && !carried.has(outer)) writtenInside.set(item, [undefined, outer.localName]);
    const from = item.parentElement!;
    const run = runFrom(item, outer);
    for (const node of run) if (node.parentNode !== from) carried.add(node);
    outer.after(...run);
    dropEmpty(from, outer, tag);
  }
}

/** What shows without text: media, drawings and controls. */
const SHOWN_WITHOUT_TEXT = 'img, svg, video, audio, iframe, picture, object, embed, canvas, input, select, textarea, button';

/**
 * Removes the elements a lifted item sat in, from `from` up to `outer`, that now show nothing, so
 * that none ends in an answer: an empty link (a tab stop with no name), list item, box or table.
 */
function dropEmpty(from: Element, outer: Element, tag: string): void {
  for (let node: Element | null = from; node && node.localName !== tag; ) {
    if (node.textContent!.trim() || node.querySelector(SHOWN_WITHOUT_TEXT)) return;
    const parent: Element | null = node === outer ? null : node.parentElement;
    node.remove();
    node = parent;
  }
}

/** A problem for each of `items`, children of a `host` element, that was not written directly in it, naming both by their places among `items`. */
export function nestingProblems(items: Element[], tag: string, host: string): ContentProblem[] {
  const problems: ContentProblem[] = [];
  items.forEach((item, i) => {
    const [outer, within] = writtenInside.get(item) ?? [];
    const path = `${tag}[${i}]`;
    const at = outer ? items.indexOf(outer) : -1;
    const before = i > 0 ? `${tag}[${i - 1}]` : undefined;
    if (at >= 0) {
      const where = within ? `in the <${within}> ` : '';
      problems.push({ path, message: `written inside ${tag}[${at}], ${where}whose closing tag is missing; shown after it as an item of its own` });
    } else if (!outer && within) {
      const [after, left, shown] = before ? [` after ${before}`, `in ${before}`, 'after it '] : ['', 'before it', ''];
      problems.push({ path, message: `in the <${within}>${after}, not directly in <${host}> (a wrapper, or a tag left open ${left}); shown ${shown}as an item of its own` });
    }
  });
  return problems;
}

/** Returns the content that follows an item to that item. */
function returnContent(host: Element, tag: string): void {
  let item: Element | undefined;
  for (let node = host.firstChild; node; node = node.nextSibling) {
    if (is(node, tag)) {
      item = node;
      dropLeadingBreaks(item);
    } else if (item && !isFiller(node) && !(isElement(node) && (node.hasAttribute('slot') || NOT_CONTENT.has(node.localName)))) {
      const previous = node.previousSibling!;
      item.append(node);
      node = previous;
    }
  }
}

/**
 * Puts the children of `host` back as written before WordPress's autop, which wraps items in
 * `<p>`, adds `<br>` and empty paragraphs between them, and moves an item's block content (its
 * answer's `<p>`, a list) out of it to just after it. Lifts items out of whatever element of host
 * they sit in (the paragraphs around them, the item before when autop put that item's closing tag in
 * a `<p>` or the page left out a closing tag in it, a wrapper or a tag left open), returns the
 * content that follows an item to that item, and drops the `<br>` that would open an item's body
 * with an empty line. Once lifted, every item is a child of host, so the content returned holds
 * none, but for those of an element of host's kind inside an item, which are left where they are:
 * an accordion in an answer keeps its questions. Other fillers stay: host shows only its slots, so
 * they are not seen. First, when the browser put the rest of the page in host's last item (see
 * `strayInItem`), that goes after host, and host takes back its own part as from after autop's `<p>`.
 */
export function mendChildren(host: Element, tag: string): void {
  const stray = strayInItem(host, tag);
  if (stray) {
    // More of the page may still come into the item while it loads: it is given back once parsed.
    if (host.ownerDocument.readyState === 'loading') return;
    // What follows the stray </p> follows host, as it would follow autop's paragraph around it, and is read the same way.
    host.after(...runFrom(stray, host));
    reclaimChildren(host, tag, host);
  }
  liftItems(host, tag);
  returnContent(host, tag);
}
