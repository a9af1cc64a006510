import { css } from 'lit';

export const styles = css`
  .section-heading {
    margin: 0 0 var(--_space-s);
    font-size: var(--care-guide-header-section-heading-font-size, 2em);
    text-wrap: balance;
  }
  .intro {
    margin: 0;
    font-size: var(--care-guide-header-intro-font-size, 1.125em);
  }
  .reviewed {
    display: flex;
    flex-wrap: wrap;
    gap: 0 var(--_space);
    margin: var(--_space-s) 0 0;
    color: var(--_muted);
    font-size: 0.95em;
  }
`;
