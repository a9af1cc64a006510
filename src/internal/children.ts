import type { ContentProblem } from '../content/types.js';
import { clip } from '../content/describe.js';

/** Text with its whitespace folded to single spaces; undefined when it has none. */
const folded = (text: string) => text.replace(/\s+/g, ' ').trim() || undefined;

/** The text a reader sees of a node: a comment's or processing instruction's has none. */
const shownText = (node: Node) => (node.nodeType === Node.TEXT_NODE || node.nodeType === Node.ELEMENT_NODE ? (node.textContent ?? '') : '');

/** The text of some nodes, whitespace folded; undefined when they have none. */
export function textOf(nodes: Iterable<Node>): string | undefined {
  let text = '';
  for (const node of nodes) text += ` ${shownText(node)}`;
  return folded(text);
}

/**
 * The raw item a CMS-written child describes, validated like the `items` property. `markup` says
 * the child has element content, which is its body even when it holds no text (an image, a video).
 */
export type ChildItem = Record<string, unknown> & { markup?: boolean };

export const isElement = (node: Node | null | undefined): node is Element => node?.nodeType === Node.ELEMENT_NODE;
export const is = (node: Node | null | undefined, name: string): node is Element => isElement(node) && node.localName === name;

/**
 * What WordPress's autop leaves between tags and that shows nothing: ASCII whitespace (not a
 * no-break space, which editors use as a blank line), comments, `<br>`, and plain paragraphs of those.
 */
export function isFiller(node: Node): boolean {
  if (node.nodeType === Node.TEXT_NODE) return /^[ \t\n\r\f]*$/.test((node as Text).data);
  if (node.nodeType === Node.COMMENT_NODE) return true;
  if (is(node, 'br')) return true;
  if (!is(node, 'p') || node.attributes.length > 0) return false;
  for (const child of node.childNodes) if (!isFiller(child)) return false;
  return true;
}

const hasContent = (nodes: Node[]) => nodes.some((node) => isElement(node) && !isFiller(node));

/** Elements that are not content to show: what a page may put anywhere for scripts and styles. */
export const NOT_CONTENT = new Set(['script', 'style', 'template', 'link', 'meta']);

/**
 * A problem for each child of `host` that it shows nothing of: an element or text that is none of
 * its `tag` items (those are validated) and has no slot of host's to show in, such as loose text
 * or an intro paragraph before an FAQ's first question (what follows an item is its own, see
 * `mendChildren`). Read after host has rendered, when every slot is in place; what autop leaves,
 * scripts and styles are passed over.
 */
export function unshownProblems(host: Element, tag: string): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const seen = new Map<string, number>();
  for (const node of host.childNodes) {
    const name = isElement(node) ? node.localName : 'text';
    if (name === tag || (node.nodeType !== Node.TEXT_NODE && !isElement(node)) || isFiller(node) || NOT_CONTENT.has(name)) continue;
    const index = seen.get(name) ?? 0;
    seen.set(name, index + 1);
    if ((node as Element | Text).assignedSlot) continue;
    const what = isElement(node) ? `<${name}>${node.slot ? ` in slot "${clip(node.slot)}"` : ''}` : 'text';
    const text = folded(node.textContent ?? '');
    problems.push({
      path: `${name}[${index}]`,
      message: `${what}${text ? ` ("${clip(text)}")` : ''} is not shown: <${host.localName}> shows only its <${tag}> children and the slots it names; move it out of the element`,
    });
  }
  return problems;
}

/** The attributes of a labelled child that hold an item field of another name, so that a problem names what the CMS wrote. */
export const LABELLED_ATTRIBUTES: Readonly<Record<string, string>> = { title: 'label' };

/** Reads `<care-step label duration>`, `<care-risk label severity>`, `<care-benefit label>` and `<care-topic label>`. */
export function parseLabelled(child: Element): ChildItem {
  const nodes = Array.from(child.childNodes);
  return {
    id: child.id || undefined,
    title: child.getAttribute('label'),
    description: textOf(nodes),
    duration: child.getAttribute('duration'),
    severity: child.getAttribute('severity'),
    markup: hasContent(nodes),
  };
}

/**
 * Reads a `<care-faq-item>` (defined or not yet): the question from its attribute or `slot="question"`
 * child, the answer from everything else. One walk over the children, as a page may hold hundreds.
 */
export function parseFaqItem(child: Element): ChildItem {
  let questionNode: Element | undefined;
  let answer = '';
  let markup = false;
  for (let node = child.firstChild; node; node = node.nextSibling) {
    if (!questionNode && isElement(node) && node.getAttribute('slot') === 'question') {
      questionNode = node;
      continue;
    }
    answer += ` ${shownText(node)}`;
    markup ||= isElement(node) && !isFiller(node);
  }
  return {
    id: child.id || undefined,
    question: child.getAttribute('question') ?? textOf(questionNode ? [questionNode] : []),
    answer: folded(answer),
    markup,
  };
}

/**
 * Keeps an item's `slot="question"` child out of its answer, so that it shows in the accordion's
 * button alone: a shadow root with only the default slot. Only items with such a child get one, as
 * a page may hold hundreds; the accordion calls this whenever it reads its items, so it serves items
 * not upgraded yet, and items from another copy of the library, alike. Returns a problem for each
 * question child the button does not show: after the first, or any when the `question` attribute
 * gives the question; `at` is the path to the item.
 */
export function holdQuestion(item: Element, at: string): ContentProblem[] {
  const questions = item.querySelectorAll(':scope > [slot="question"]');
  if (questions.length === 0) return [];
  if (!item.shadowRoot) {
    try {
      item.attachShadow({ mode: 'open' }).append(item.ownerDocument.createElement('slot'));
    } catch {
      // The page gave the item a closed shadow root of its own; it decides what shows.
    }
  }
  const byAttribute = item.hasAttribute('question');
  return Array.from(questions)
    .slice(byAttribute ? 0 : 1)
    .map((question) => ({
      path: at,
      message: `<${question.localName} slot="question"> ("${clip(textOf([question]) ?? '')}") is not shown: ${
        byAttribute ? 'the question attribute gives the question' : 'an item shows its first question child only'
      }; remove one of them`,
    }));
}

/** The quotation marks word processors write, which HTML does not read as quotes around an attribute's value. */
const CURLY = /[“”„‟]/;

/**
 * An attribute written in curly quotes (`question=”Is it safe?”`): HTML ends its value at the first
 * space, and makes each word after it an attribute of its own, whose name keeps the closing mark.
 * A problem names the attribute whose value begins with the mark; `at` is the path to the element.
 */
export function curlyQuoteProblems(element: Element, at: string): ContentProblem[] {
  const names = element.getAttributeNames();
  if (!names.some((name) => CURLY.test(name))) return [];
  return names
    .filter((name) => CURLY.test(element.getAttribute(name)!.charAt(0)))
    .map((name) => ({
      path: `${at}${name}`,
      message: `written in curly quotes, so HTML cut it at its first space ("${clip(element.getAttribute(name)!)}"); write straight quotes (")`,
    }));
}
