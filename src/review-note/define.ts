import { define } from '../internal/define.js';
import { CareReviewNote } from './review-note.js';

define('care-review-note', CareReviewNote);

export { CareReviewNote };

declare global {
  interface HTMLElementTagNameMap {
    'care-review-note': CareReviewNote;
  }
}
