import { define } from '../internal/define.js';
import { CareGuideElement } from './guide.js';

define('care-guide', CareGuideElement);

export { CareGuideElement };

declare global {
  interface HTMLElementTagNameMap {
    'care-guide': CareGuideElement;
  }
}
