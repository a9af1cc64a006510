import { DataElement } from '../internal/data-element.js';

/**
 * @tag care-faq-item
 * @summary One question and its answer, written as markup inside `<care-faq-accordion>`.
 *
 * @description The answer is the page's own markup and is shown as is. The question comes from
 * the `question` attribute or, so that it is readable before scripts load, from a child with
 * `slot="question"`. A plain element rather than a Lit one: it only holds content, and a page may
 * carry hundreds. The accordion gives it a shadow root only when it has a question child to keep out
 * of the answer.
 *
 * @slot - The answer: any markup.
 * @slot question - The question as visible text, used when the `question` attribute is absent.
 */
export class CareFaqItem extends DataElement {
  static override readonly dataAttributes = ['question', 'open'];

  /** The question, as plain text; a `slot="question"` child is used when it is empty. */
  get question(): string {
    return this.text('question');
  }
  set question(value: string) {
    this.setText('question', value);
  }

  /** Whether the answer is open. The accordion keeps it up to date (an answer a search shows is not open); setting it opens or closes the answer. */
  get open(): boolean {
    return this.hasAttribute('open');
  }
  set open(value: boolean) {
    this.toggleAttribute('open', value);
  }
}
