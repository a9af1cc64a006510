import { DataElement } from '../internal/data-element.js';

/**
 * @tag care-topic
 * @summary One titled item, written as markup inside `<care-topic-list>`.
 *
 * @description Holds an item for the list around it: its content is the item's description, shown
 * as the page wrote it. It has no look of its own.
 *
 * @slot - The item's description: any markup.
 */
export class CareTopic extends DataElement {
  static override readonly dataAttributes = ['label'];

  /** The item's title, as plain text. */
  get label(): string {
    return this.text('label');
  }
  set label(value: string) {
    this.setText('label', value);
  }
}
