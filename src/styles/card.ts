import { css } from 'lit';

/** The card's looks, the `variant` of the benefits card and the risk list. */
export const CARD_VARIANTS = ['outlined', 'elevated'] as const;

/**
 * The card that the benefits card and the risk list's `outlined` and `elevated` variants share, so
 * benefits and risks carry the same weight. Each element maps its own tokens onto `--_card-*`.
 */
export const card = css`
  :host {
    container-type: inline-size;
  }
  .card {
    border: var(--_border-width) solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_card-background);
    overflow: hidden;
    break-inside: avoid;
  }
  /* On a dark page a shadow, dark on dark, draws no edge: there the elevated card is raised by its surface instead, unless the page sets one. */
  :host([variant='elevated']) {
    --_surface: var(--care-color-surface, light-dark(transparent, var(--_surface-raised)));
  }
  :host([variant='elevated']) .card {
    border-color: transparent;
    box-shadow: var(--_card-shadow);
  }
  .body {
    padding: var(--_card-padding);
  }
  @container (min-width: 36rem) {
    .card .list {
      grid-template-columns: 1fr 1fr;
      column-gap: calc(var(--_space) * 1.5);
    }
  }
  @media print {
    /* The elevated card too: on paper a shadow is a grey smudge and its transparent border no edge at all. */
    .card,
    :host([variant='elevated']) .card {
      box-shadow: none;
      border-color: #000;
    }
  }
`;
