import { css } from 'lit';

export const styles = css`
  :host {
    --_toggle-color: var(--care-faq-accordion-toggle-color, var(--_accent));
    --_divider: var(--care-faq-accordion-divider, var(--_border-width) solid var(--_border));
    --_icon-size: var(--care-faq-accordion-icon-size, 0.6em);
  }
  .controls {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    justify-content: space-between;
    /* No row gap: the show-all button keeps the space above it itself, and gives it up while hidden (below). */
    gap: 0 var(--_space);
    margin-block-end: var(--_space-s);
  }
  /* Never wider than the column: an input's own width (20 characters) overflows a phone zoomed to 200 %. */
  .search,
  input {
    min-inline-size: 0;
  }
  .search {
    display: grid;
    flex: 1 1 16rem;
  }
  input,
  button {
    color: inherit;
  }
  input {
    box-sizing: border-box;
    padding: 0.5rem 0.75rem;
    border: var(--_border-width) solid var(--_border);
    border-radius: var(--_radius);
    min-block-size: 2.75rem;
  }
  .toggle-all {
    margin-inline-start: auto;
    padding: 0.5rem 0.75rem;
    min-block-size: 2.75rem;
    border: 0;
    background: none;
    color: var(--_accent);
    text-decoration: underline;
    cursor: pointer;
  }
  .search + .toggle-all {
    margin-block-start: var(--_space-s);
  }
  /* Hidden while a search lists no question, keeping its width but no height: beside the search box, the box does not widen; below it, on a narrow screen, no empty row is left. */
  .toggle-all[hidden] {
    display: block;
    visibility: hidden;
    min-block-size: 0;
    block-size: 0;
    padding-block: 0;
    margin-block-start: 0;
  }
  .status {
    margin: 0 0 var(--_space-s);
  }
  /*
   * Block flow, not a flex column: opening one answer of a long list lays out less. The gap is a
   * margin below each question but the last. No rule asks which question a search lists last, which
   * would restyle every question after each one it hides or shows: while it hides the last, the one
   * listed last keeps its gap below it. A question a search hides, and the list while it lists none
   * (its top divider would underline the status line), are hidden by the browser's own [hidden] rule.
   */
  .list {
    border-block-start: var(--_divider);
  }
  .item {
    margin-block-end: var(--care-faq-accordion-gap, 0);
    border-block-end: var(--_divider);
  }
  .item:last-child {
    margin-block-end: 0;
  }
  .title {
    margin: 0;
    font-size: inherit;
  }
  /* Block layout with a floated icon rather than flex: a long list lays out each question's text once instead of measuring it first. */
  button[aria-controls] {
    display: block;
    inline-size: 100%;
    min-block-size: 2.75rem;
    padding: var(--care-faq-accordion-toggle-padding, 0.75rem 0.25rem);
    border: 0;
    background: var(--care-faq-accordion-toggle-background, transparent);
    color: var(--_toggle-color);
    font-weight: 600;
    text-align: start;
    cursor: pointer;
  }
  /* A server's markup also holds each question as text beside its button, shown where the button could not work (below). */
  .question {
    display: none;
    padding: var(--care-faq-accordion-toggle-padding, 0.75rem 0.25rem);
    font-weight: 600;
  }
  button[aria-controls]:hover {
    background: var(--care-faq-accordion-toggle-hover-background, var(--_surface-raised));
  }
  .icon {
    float: inline-end;
    inline-size: var(--_icon-size);
    block-size: var(--_icon-size);
    /* Before the question in the markup, so it floats beside the first line, centred on it, with the gap the text keeps clear of. */
    margin-block-start: calc((1lh - var(--_icon-size)) / 2);
    margin-inline: calc(var(--_space) + 0.35em) 0.35em;
    /* Physical sides: a logical one flips in right-to-left before the rotation, turning the chevron sideways. */
    border-bottom: 0.15em solid var(--care-faq-accordion-icon-color, currentColor);
    border-right: 0.15em solid var(--care-faq-accordion-icon-color, currentColor);
    transform: translateY(-25%) rotate(45deg);
    transition: transform var(--_duration) ease;
  }
  [aria-expanded='true'] > .icon {
    transform: translateY(25%) rotate(-135deg);
  }
  .answer {
    padding: var(--care-faq-accordion-description-padding, 0 0.25rem var(--_space));
  }
  /* An opened answer fades and slides in; none under reduced motion (base styles). */
  .answer:not([hidden]) {
    animation: reveal var(--_duration) ease-out;
  }
  @keyframes reveal {
    from {
      opacity: 0;
      transform: translateY(-0.25rem);
    }
  }
  /* A closed answer takes no room; where it shows closed (in print, without its script), it keeps its space below. */
  @media screen {
    :host(:defined) .answer[hidden] {
      padding-block: 0;
    }
  }
  /* Server-rendered and never taken over by its script: every answer shows after a timeout (see care-server-timeout in the base styles). */
  @media screen and (scripting: enabled) {
    :host(:not(:defined)) .answer[hidden] {
      display: block;
      content-visibility: visible;
      animation: care-server-timeout 0s 3s both !important;
    }
    /* Its questions stop being buttons then, which would say "collapsed" over a shown answer and open nothing: each is its heading's text. */
    :host(:not(:defined)) :is(.controls, button[aria-controls]) {
      animation: care-server-timeout-gone 0s 3s both !important;
    }
    /* Its timeout waits while the reader is on one, whose focus would fall to the page's start, and runs on once they move on; its text is shown only once meanwhile. */
    :host(:not(:defined)) :is(.controls:focus-within, button[aria-controls]:focus) {
      animation-play-state: paused !important;
    }
    :host(:not(:defined)) button[aria-controls]:focus + .question {
      display: none;
    }
    :host(:not(:defined)) .question {
      display: block;
      animation: care-server-timeout 0s 3s both !important;
    }
  }
  /* Server-rendered and read without JavaScript, nothing could open an answer: show them all. */
  @media (scripting: none) {
    /* Nor is a question a button that says "collapsed" over a shown answer and opens nothing: it is its heading's text. */
    .controls,
    button[aria-controls] {
      display: none;
    }
    .question {
      display: block;
    }
    .answer[hidden] {
      display: block;
      content-visibility: visible;
    }
  }
  @media print {
    .item {
      break-inside: avoid;
    }
    .controls,
    .status,
    .icon {
      display: none;
    }
    .item[hidden] {
      display: block;
    }
    .list[hidden] {
      display: block;
    }
    .answer[hidden] {
      display: block;
      content-visibility: visible;
    }
    :is(button[aria-controls], .question) {
      padding-inline: 0;
      color: inherit;
    }
  }
`;
