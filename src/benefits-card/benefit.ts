import { DataElement } from '../internal/data-element.js';

/**
 * @tag care-benefit
 * @summary One potential benefit, written as markup inside `<care-benefits-card>`.
 *
 * @description Holds a benefit for the card around it: its content is the benefit's description,
 * shown as the page wrote it. It has no look of its own.
 *
 * @slot - The benefit's description: any markup.
 */
export class CareBenefit extends DataElement {
  static override readonly dataAttributes = ['label'];

  /** The benefit's title, as plain text. */
  get label(): string {
    return this.text('label');
  }
  set label(value: string) {
    this.setText('label', value);
  }
}
