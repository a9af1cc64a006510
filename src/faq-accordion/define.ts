import { define } from '../internal/define.js';
import { CareFaqAccordion } from './faq-accordion.js';
import { CareFaqItem } from './faq-item.js';

define('care-faq-item', CareFaqItem);
define('care-faq-accordion', CareFaqAccordion);

export { CareFaqAccordion, CareFaqItem };

declare global {
  interface HTMLElementTagNameMap {
    'care-faq-accordion': CareFaqAccordion;
    'care-faq-item': CareFaqItem;
  }
}
