import { css } from 'lit';

export const styles = css`
  :host {
    --_list-gap: var(--care-benefits-card-gap);
    container-type: inline-size;
  }
  .card {
    border: var(--_border-width) solid var(--_border);
    border-radius: var(--_radius);
    background: var(--care-benefits-card-background, var(--_surface));
    overflow: hidden;
  }
  :host([variant='elevated']) .card {
    border-color: transparent;
    box-shadow: var(--care-benefits-card-shadow, 0 1px 3px rgb(0 0 0 / 0.2), 0 4px 12px rgb(0 0 0 / 0.12));
  }
  .body {
    padding: var(--care-benefits-card-padding, calc(var(--_space) * 1.5));
  }
  ::slotted([slot='media']) {
    display: block;
    inline-size: 100%;
    block-size: auto;
  }
  @container (min-width: 36rem) {
    .list {
      grid-template-columns: 1fr 1fr;
      column-gap: calc(var(--_space) * 1.5);
    }
  }
  @media (forced-colors: active) {
    :host([variant='elevated']) .card {
      border-color: CanvasText;
    }
  }
  @media print {
    .card {
      box-shadow: none;
      border-color: #000;
    }
  }
`;
