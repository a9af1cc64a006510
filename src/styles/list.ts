import { css } from 'lit';

/** Lists of titled items with an optional icon: topics, benefits and risks. */
export const list = css`
  .list {
    display: grid;
    gap: var(--_list-gap, var(--_space));
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .item {
    display: grid;
    grid-template-columns: auto minmax(0, 1fr);
    align-items: baseline;
    align-content: start;
    break-inside: avoid;
  }
  .title {
    grid-column: 2;
    margin: 0 0 0.25rem;
    font-size: 1em;
  }
  .description {
    grid-column: 2;
  }
  ::slotted([slot='footer']) {
    display: block;
    margin-block-start: var(--_space);
  }
  .frequency,
  .evidence {
    grid-column: 2;
    margin: 0 0 0.25rem;
    font-size: 0.9em;
  }
  .level {
    margin: 0;
    font-weight: 600;
  }
  .meter {
    margin-inline-end: 0.4em;
  }
  .note,
  .frequency {
    color: var(--_muted);
  }
  /* One em wide whatever the glyph and font, so the stylesheet for the page before the script can keep the same room. */
  .icon {
    inline-size: 1em;
    grid-row: 1;
    grid-column: 1;
    margin-inline-end: var(--_space-s);
    color: var(--_accent);
    font-weight: 700;
  }
`;
