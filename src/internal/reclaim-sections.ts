import { isElement } from './children.js';
import { autopParagraph, breakAt, cutParagraph, holdsOtherElement } from './mend-children.js';

/**
 * Whether `node` is or holds a care-* element not yet defined: a section whose own content may
 * still follow it, until it takes that back. Another library's elements are not waited for:
 * nothing here takes their content back, and they may never be defined.
 */
const undefinedIn = (node: Element) => [node, ...node.querySelectorAll('*')].some((el) => el.localName.startsWith('care-') && el.matches(':not(:defined)'));

/**
 * Takes back the sections that the browser put after `host`, a `<care-guide>` that WordPress's
 * autop wrapped in a `<p>` as the first thing in a post: the `</p>` autop writes after the
 * header's first line closes that `<p>` and the guide with it, and every later section follows
 * them as a sibling. Runs once the sections have taken back their own content (the header its
 * named-slot children), so what follows the guide is whole sections, the page's own paragraphs
 * between them, and what autop left of the guide's end tag. Taken, in order, are the elements
 * that hold care-* elements, out of autop's `<p>` around them, with what lies between them, up
 * to that end tag: a `<br>` closing a paragraph of sections, or a paragraph of only a `<br>` or
 * nothing. What follows the last section is never taken, nor anything past a section not yet
 * defined, whose content may follow it, or a named-slot child not yet back in its element.
 */
export function reclaimSections(host: Element): void {
  const wrapper = cutParagraph(host);
  if (!wrapper) return;
  let between: Node[] = [];
  for (let node = wrapper.nextSibling, next; node; node = next) {
    next = node.nextSibling;
    const mark = breakAt(node);
    if (!holdsOtherElement(node, '')) {
      // A named-slot child is the header's, cut short with the guide: it takes that back itself, and this runs again once the page is parsed.
      if (mark || (isElement(node) && node.slot)) return;
      between.push(node);
      continue;
    }
    if (undefinedIn(node as Element)) return;
    const unwrap = autopParagraph(node);
    host.append(...between, ...(unwrap ? node.childNodes : [node]));
    if (unwrap) (node as Element).remove();
    between = [];
    if (mark === 'end') return;
  }
}
