import { css, unsafeCSS, type CSSResult } from 'lit';

/** The narrowest a step may be side by side: about 11em, 15 or more characters a line. */
const MIN_STEP_EM = 11;
/** Timelines with more steps than this are always vertical. */
const MAX_ROW = 8;

/**
 * Side by side only while every step gets MIN_STEP_EM. A container query cannot count, so the list
 * carries its step count as a class and each count gets its own width threshold.
 */
function horizontal(count: number): CSSResult {
  // A constant built from numbers, never from content; a tagged css template cannot hold a query's length.
  const list = `:host([orientation='horizontal']) .steps-${count}`;
  return unsafeCSS(`@container (min-width: ${count * MIN_STEP_EM}em) {
    ${list} { display: flex; }
    ${list} > .step {
      flex: 1 1 0;
      grid-template-columns: minmax(0, 1fr);
      grid-template-rows: auto 1fr;
      padding-inline-end: var(--_gap);
      padding-block-end: 0;
    }
    ${list} > .step:not(:last-child)::before {
      inset-block: calc(var(--_marker) / 2 - 1px) auto;
      inset-inline: var(--_marker) 0;
      border-inline-start: 0;
      border-block-start: var(--_connector);
    }
    ${list} .content { padding-block-start: var(--_space-s); }
  }`);
}

export const horizontalStyles = Array.from({ length: MAX_ROW - 1 }, (_, i) => horizontal(i + 2));

export const styles = css`
  :host {
    --_marker: var(--care-procedure-timeline-marker-size, 2.25rem);
    --_marker-color: var(--care-procedure-timeline-marker-color, var(--_accent));
    --_connector: var(--care-procedure-timeline-connector, 2px solid var(--_border));
    --_gap: var(--care-procedure-timeline-gap, var(--_space));
    container-type: inline-size;
  }
  /* Block, not flex, when vertical: a page break may then fall between the intro and the first step. */
  .list {
    display: block;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .step {
    position: relative;
    display: grid;
    grid-template-columns: var(--_marker) minmax(0, 1fr);
    column-gap: var(--_space-s);
    padding-block-end: var(--_gap);
    break-inside: avoid;
  }
  .step:last-child {
    padding-block-end: 0;
  }
  /* The connector runs from below this marker to the next one. */
  .step:not(:last-child)::before {
    content: '';
    position: absolute;
    inset-block: var(--_marker) 0;
    inset-inline-start: calc(var(--_marker) / 2 - 1px);
    border-inline-start: var(--_connector);
  }
  .marker {
    box-sizing: border-box;
    display: grid;
    place-items: center;
    inline-size: var(--_marker);
    block-size: var(--_marker);
    border: 2px solid var(--_marker-color);
    border-radius: 50%;
    color: var(--_marker-color);
    font-weight: 700;
  }
  .done .marker,
  .current .marker {
    background: var(--_marker-color);
    color: var(--_on-accent);
  }
  .upcoming .title {
    color: var(--_muted);
  }
  .content {
    min-inline-size: 0;
    padding-block-start: calc((var(--_marker) - 1.5em) / 2);
    overflow-wrap: anywhere;
  }
  .title {
    margin: 0;
    font-size: 1.05em;
  }
  .duration {
    margin: 0.125rem 0 0.5rem;
    color: var(--_muted);
  }
  .toggle {
    margin-block-end: 0.5rem;
    padding: 0.25rem 0;
    border: 0;
    background: none;
    color: var(--_accent);
    text-decoration: underline;
    cursor: pointer;
  }
  .description[hidden] {
    display: none;
  }
  /* Server-rendered and never taken over by its script: every compact step's details show after a timeout (see care-server-timeout in the base styles). */
  @media screen and (scripting: enabled) {
    :host(:not(:defined)) .description[hidden] {
      display: block;
      animation: care-server-timeout 0s 3s both !important;
    }
    :host(:not(:defined)) .toggle {
      animation: care-server-timeout-gone 0s 3s both !important;
    }
    /* Its timeout waits while the reader is on it, whose focus would fall to the page's start, and runs on once they move on. */
    :host(:not(:defined)) .toggle:focus {
      animation-play-state: paused !important;
    }
  }
  /* Server-rendered and read without JavaScript, nothing could open a compact step's details: show them all. */
  @media (scripting: none) {
    .toggle {
      display: none;
    }
    .description[hidden] {
      display: block;
    }
  }
  @media (forced-colors: active) {
    .done .marker,
    .current .marker {
      forced-color-adjust: none;
      background: Highlight;
      color: HighlightText;
      border-color: Highlight;
    }
  }
  @media print {
    /* Filled on paper too: browsers drop backgrounds there, which would leave a done or current step a ring like those to come, its mark pale. */
    .done .marker,
    .current .marker {
      print-color-adjust: exact;
    }
    .toggle {
      display: none;
    }
    .description[hidden] {
      display: block;
    }
  }
`;
