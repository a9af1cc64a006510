import { css, html, LitElement } from 'lit';
import { property } from 'lit/decorators.js';

/**
 * @tag care-faq-item
 * @summary One question and its answer, written as markup inside `<care-faq-accordion>`.
 *
 * @description The answer is the page's own markup and is shown as is. The question comes from
 * the `question` attribute or, so that it is readable before scripts load, from a child with
 * `slot="question"`.
 *
 * @slot - The answer: any markup.
 * @slot question - The question as visible text, used when the `question` attribute is absent.
 */
export class CareFaqItem extends LitElement {
  static override styles = css`
    :host {
      display: block;
    }
    :host([hidden]) {
      display: none;
    }
  `;

  /** The question, as plain text. */
  @property() question?: string;

  /** Whether the answer is shown. The accordion keeps it up to date; setting it opens or closes the answer. */
  @property({ type: Boolean, reflect: true }) open = false;

  override render() {
    return html`<slot></slot>`;
  }
}

/** Reads a `<care-faq-item>` (defined or not yet) into raw item data. */
export function parseFaqChild(child: Element): Record<string, unknown> {
  const questionNode = child.querySelector(':scope > [slot="question"]');
  const answerNodes = Array.from(child.childNodes).filter((node) => node !== questionNode);
  const text = answerNodes.map((node) => node.textContent ?? '').join(' ').replace(/\s+/g, ' ').trim();
  const hasMarkup = answerNodes.some((node) => node.nodeType === Node.ELEMENT_NODE);
  return {
    id: child.id || undefined,
    question: child.getAttribute('question') ?? questionNode?.textContent?.replace(/\s+/g, ' ') ?? undefined,
    // An answer of markup only (an image, a video) is still an answer.
    answer: text || (hasMarkup ? '(media)' : ''),
  };
}
