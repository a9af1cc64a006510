import { define } from '../internal/define.js';
import { CareProcedureTimeline } from './procedure-timeline.js';

define('care-procedure-timeline', CareProcedureTimeline);

export { CareProcedureTimeline };

declare global {
  interface HTMLElementTagNameMap {
    'care-procedure-timeline': CareProcedureTimeline;
  }
}
