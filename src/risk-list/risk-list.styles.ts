import { css } from 'lit';

export const styles = css`
  :host {
    --_list-gap: var(--care-risk-list-gap);
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
    color: var(--care-risk-list-low-color, light-dark(#166534, #86efac));
  }
  .group-heading {
    margin: var(--_space) 0 var(--_space-s);
    font-size: 1.05em;
  }
`;
