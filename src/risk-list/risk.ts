import type { Severity } from '../content/types.js';
import { DataElement } from '../internal/data-element.js';

/**
 * @tag care-risk
 * @summary One risk, written as markup inside `<care-risk-list>`.
 *
 * @description Holds a risk for the list around it: its content is the risk's description, shown
 * as the page wrote it. It has no look of its own.
 *
 * @slot - The risk's description: any markup.
 */
export class CareRisk extends DataElement {
  static override readonly dataAttributes = ['label', 'severity'];

  /** The risk's title, as plain text. */
  get label(): string {
    return this.text('label');
  }
  set label(value: string) {
    this.setText('label', value);
  }

  /** How serious the risk is: `low`, `moderate` or `high`; told in words and by shape. */
  get severity(): Severity | '' {
    return this.text('severity') as Severity | '';
  }
  set severity(value: Severity | '') {
    this.setText('severity', value || null);
  }
}
