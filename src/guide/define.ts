import { define } from '../internal/define.js';
import { CareGuide } from './guide.js';

define('care-guide', CareGuide);

export { CareGuide };

declare global {
  interface HTMLElementTagNameMap {
    'care-guide': CareGuide;
  }
}
