import { define } from '../internal/define.js';
import { CareProcedureTimeline } from './procedure-timeline.js';
import { CareStep } from './step.js';

define('care-step', CareStep);
define('care-procedure-timeline', CareProcedureTimeline);

export { CareProcedureTimeline, CareStep };

declare global {
  interface HTMLElementTagNameMap {
    'care-procedure-timeline': CareProcedureTimeline;
    'care-step': CareStep;
  }
}
