import { define } from '../internal/define.js';
import { CareBenefitsCard } from './benefits-card.js';

define('care-benefits-card', CareBenefitsCard);

export { CareBenefitsCard };

declare global {
  interface HTMLElementTagNameMap {
    'care-benefits-card': CareBenefitsCard;
  }
}
