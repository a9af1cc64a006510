import { css } from 'lit';

export const styles = css`
  :host {
    --_list-gap: var(--care-benefits-card-gap);
    --_card-background: var(--care-benefits-card-background, var(--_surface));
    --_card-padding: var(--care-benefits-card-padding, calc(var(--_space) * 1.5));
    --_card-shadow: var(--care-benefits-card-shadow, 0 1px 3px rgb(0 0 0 / 0.2), 0 4px 12px rgb(0 0 0 / 0.12));
  }
  ::slotted([slot='media']) {
    display: block;
    inline-size: 100%;
    block-size: auto;
  }
`;
