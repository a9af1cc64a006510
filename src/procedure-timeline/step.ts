import { DataElement } from '../internal/data-element.js';

/**
 * @tag care-step
 * @summary One step of a procedure, written as markup inside `<care-procedure-timeline>`.
 *
 * @description Holds a step for the timeline around it: its content is the step's description,
 * shown as the page wrote it. It has no look of its own.
 *
 * @slot - The step's description: any markup.
 */
export class CareStep extends DataElement {
  static override readonly dataAttributes = ['label', 'duration'];

  /** The step's title, as plain text. */
  get label(): string {
    return this.text('label');
  }
  set label(value: string) {
    this.setText('label', value);
  }

  /** How long the step takes, as free text such as "30–60 minutes". */
  get duration(): string {
    return this.text('duration');
  }
  set duration(value: string) {
    this.setText('duration', value);
  }
}
