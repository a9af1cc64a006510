import { define } from '../internal/define.js';
import { CareRiskList } from './risk-list.js';
import { CareRisk } from './risk.js';

define('care-risk', CareRisk);
define('care-risk-list', CareRiskList);

export { CareRiskList, CareRisk };

declare global {
  interface HTMLElementTagNameMap {
    'care-risk-list': CareRiskList;
    'care-risk': CareRisk;
  }
}
