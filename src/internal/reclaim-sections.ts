import { isElement } from './children.js';
import { autopParagraph, breakAt, cutParagraph, holdsOtherElement, strayEnd } from './mend-children.js';

/**
 * The first care-* element not yet defined, `node` or one inside it: a section whose own content
 * may still follow it, until it takes that back. Another library's elements are not waited for:
 * nothing here takes their content back, and they may never be defined.
 */
const undefinedIn = (node: Element) => [node, ...node.querySelectorAll('*')].find((el) => el.localName.startsWith('care-') && el.matches(':not(:defined)'));

/** Guides that wait for an element to be defined: each run stops at the first such element, so one wait is enough. */
const waiting = new WeakSet<Element>();

/**
 * Runs again once `el`, an element where this stopped, is defined, by then with its own content
 * back: a page that loads each element's own file may load the guide's first. While the page is
 * still loading, the run once it is parsed does that instead: one run is enough. (A second would
 * take nothing more: it stops at what is left of the guide's end tag, or at the place where it
 * ended without one, or, when the first took that in with the last sections, finds the guide
 * ending with autop's line break, or written on one line and ending with a section: whole; see
 * `cutParagraph`.)
 */
function runWhenDefined(host: Element, el: Element | undefined): void {
  // Defined but not upgraded, it is off the page (the guide taken off with it): waiting would end at once, again and again.
  if (!el || waiting.has(host) || customElements.get(el.localName)) return;
  waiting.add(host);
  // Held weakly: an element may never be defined, and the registry keeps its wait for the page's life, not the guide's.
  const ref = new WeakRef(host);
  void customElements.whenDefined(el.localName).then(() => {
    const guide = ref.deref();
    if (!guide) return;
    waiting.delete(guide);
    // Off the page it takes nothing: put back, it runs again as it connects.
    if (guide.isConnected && guide.ownerDocument.readyState !== 'loading') reclaimSections(guide);
  });
}

/** Whether autop left a mark of an end tag after `node`, as it does of the guide's but where that follows a section's (see `reclaimSections`). */
function markAfter(node: Node): boolean {
  for (let next = node.nextSibling; next; next = next.nextSibling) {
    const mark = breakAt(next);
    if (mark === 'end' || (mark && !holdsOtherElement(next, ''))) return true;
  }
  return false;
}

/**
 * Takes back the sections that the browser put after `host`, a `<care-guide>` that WordPress's
 * autop wrapped in a `<p>` as the first thing in a post: the `</p>` autop writes after the
 * header's first line closes that `<p>` and the guide with it, and every later section follows
 * them as a sibling. Runs once the sections have taken back their own content (the header its
 * named-slot children), so what follows the guide is whole sections, the page's own paragraphs
 * between them, and what autop left of the guide's end tag. Taken, in order, are the elements
 * that hold care-* elements, out of autop's `<p>` around them, with what lies between them, up
 * to that end tag: a `<br>` closing a paragraph of sections, or a paragraph of only a `<br>` or
 * nothing. Written right after a section's end tag, the guide's leaves no such mark: it may be
 * the stray `</p>` after a run that starts with a block (see `strayEnd`), or, in a guide written
 * on one line (it holds no line break of its own), the end of a paragraph of sections; with no
 * mark after the first such place, the guide ends there. What follows the last section is never
 * taken, nor anything past a section not yet defined, whose content may follow it, or a
 * named-slot child not yet back in its element, until that element is defined: then this runs
 * again, as it does for a guide that looks whole while an element of its own is not defined yet
 * (a header written on one line, its summary still after the guide).
 */
export function reclaimSections(host: Element): void {
  const wrapper = cutParagraph(host);
  // Whole as far as can be told: an element of its own not yet defined may show it cut once that takes back its content.
  if (!wrapper) return runWhenDefined(host, undefinedIn(host));
  const oneLine = !host.querySelector(':scope > br');
  let between: Node[] = [];
  for (let node = wrapper.nextSibling, next; node; node = next) {
    next = node.nextSibling;
    const mark = breakAt(node);
    if (!holdsOtherElement(node, '')) {
      if (mark) return;
      // A named-slot child is the header's, cut short with the guide: it takes that back itself once defined, and this runs again then, or once the page is parsed.
      if (isElement(node) && node.slot) return runWhenDefined(host, undefinedIn(host));
      if (strayEnd(node) && !markAfter(node)) return;
      between.push(node);
      continue;
    }
    const notDefined = undefinedIn(node as Element);
    if (notDefined) return runWhenDefined(host, notDefined);
    const unwrap = autopParagraph(node);
    const last = oneLine && unwrap && !markAfter(node);
    host.append(...between, ...(unwrap ? node.childNodes : [node]));
    if (unwrap) (node as Element).remove();
    between = [];
    if (mark === 'end') return;
    if (last) return;
  }
}
