import { define } from '../internal/define.js';
import { CareGuideHeader } from './guide-header.js';

define('care-guide-header', CareGuideHeader);

export { CareGuideHeader };

declare global {
  interface HTMLElementTagNameMap {
    'care-guide-header': CareGuideHeader;
  }
}
