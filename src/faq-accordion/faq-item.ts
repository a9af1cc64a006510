import { textOf } from '../internal/section-controller.js';

/**
 * @tag care-faq-item
 * @summary One question and its answer, written as markup inside `<care-faq-accordion>`.
 *
 * @description The answer is the page's own markup and is shown as is. The question comes from
 * the `question` attribute or, so that it is readable before scripts load, from a child with
 * `slot="question"`. A plain element rather than a Lit one: it only holds content, and a page
 * may carry hundreds of them.
 *
 * @slot - The answer: any markup.
 * @slot question - The question as visible text, used when the `question` attribute is absent.
 *
 * @attr {string} question - The question, as plain text.
 * @attr {boolean} open - Present while the answer is shown; set or remove it to open or close the answer.
 */
// Servers that render the accordion have no HTMLElement; the item only ever runs in a browser.
const Base = (globalThis.HTMLElement ?? class {}) as typeof HTMLElement;

export class CareFaqItem extends Base {
  /** Whether the answer is shown. The accordion keeps it up to date; setting it opens or closes the answer. */
  get open(): boolean {
    return this.hasAttribute('open');
  }
  set open(value: boolean) {
    this.toggleAttribute('open', value);
  }

  connectedCallback(): void {
    // Only the default slot renders, so a slot="question" child shows in the accordion's button alone.
    if (!this.shadowRoot) this.attachShadow({ mode: 'open' }).append(document.createElement('slot'));
  }
}

/** Reads a `<care-faq-item>` (defined or not yet) into raw item data. */
export function parseFaqChild(child: Element): Record<string, unknown> {
  const questionNode = child.querySelector(':scope > [slot="question"]');
  const answerNodes = Array.from(child.childNodes).filter((node) => node !== questionNode);
  const text = textOf(answerNodes);
  const hasMarkup = answerNodes.some((node) => node.nodeType === Node.ELEMENT_NODE);
  return {
    id: child.id || undefined,
    question: child.getAttribute('question') ?? questionNode?.textContent?.replace(/\s+/g, ' ') ?? undefined,
    // An answer of markup only (an image, a video) is still an answer.
    answer: text || (hasMarkup ? '(media)' : ''),
  };
}
