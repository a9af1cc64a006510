import { css } from 'lit';

export const styles = css`
  :host {
    --_list-gap: var(--care-risk-list-gap);
    --_card-background: var(--care-risk-list-background, var(--_surface));
    --_card-padding: var(--care-risk-list-padding, calc(var(--_space) * 1.5));
    --_card-shadow: var(--care-risk-list-shadow, 0 1px 3px rgb(0 0 0 / 0.2), 0 4px 12px rgb(0 0 0 / 0.12));
  }
  .severity {
    grid-column: 2;
    display: inline-flex;
    align-items: center;
    gap: 0.4em;
    margin: 0 0 0.25rem;
    font-size: 0.9em;
    font-weight: 600;
  }
  .high {
    color: var(--care-risk-list-high-color, light-dark(#b91c1c, #fca5a5));
  }
  .moderate {
    color: var(--care-risk-list-moderate-color, light-dark(#92400e, #fcd34d));
  }
  .low {
    color: var(--care-risk-list-low-color, light-dark(#4b5563, #cbd5e1));
  }
  .group-heading {
    margin: var(--_space) 0 var(--_space-s);
    font-size: 1.05em;
  }
  .shape::before {
    margin-inline-end: 0.4em;
  }
  .shape.high::before {
    content: '▲' / '';
  }
  .shape.moderate::before {
    content: '◆' / '';
  }
  .shape.low::before {
    content: '●' / '';
  }
  .group-heading:first-child,
  .intro + .group-heading,
  .section-heading + .group-heading {
    margin-block-start: 0;
  }
`;
