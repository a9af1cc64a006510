import { define } from '../internal/define.js';
import { CareBenefitsCard } from './benefits-card.js';
import { CareBenefit } from './benefit.js';

define('care-benefit', CareBenefit);
define('care-benefits-card', CareBenefitsCard);

export { CareBenefitsCard, CareBenefit };

declare global {
  interface HTMLElementTagNameMap {
    'care-benefits-card': CareBenefitsCard;
    'care-benefit': CareBenefit;
  }
}
