import { define } from '../internal/define.js';
import { CareRiskList } from './risk-list.js';

define('care-risk-list', CareRiskList);

export { CareRiskList };

declare global {
  interface HTMLElementTagNameMap {
    'care-risk-list': CareRiskList;
  }
}
