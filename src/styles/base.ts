import { css } from 'lit';

/**
 * Shared by every element: the global design tokens read with their defaults, the focus ring,
 * visually hidden text and paragraph spacing. Colours follow the page's `color-scheme`
 * through `light-dark()`; text inherits the page's font and colour. The `@cssprop` lines below are
 * added to every element's documentation by the manifest's build.
 *
 * @cssprop [--care-color-text=inherit] - Text colour; the page's by default.
 * @cssprop [--care-color-accent=light-dark(#1d4ed8, #93c5fd)] - Questions, links, step markers and icons.
 * @cssprop [--care-color-on-accent=light-dark(#fff, #111827)] - Text drawn on the accent colour, such as a done step's check mark.
 * @cssprop [--care-color-muted=light-dark(#4b5563, #cbd5e1)] - Secondary text: durations, the review line.
 * @cssprop [--care-color-border=light-dark(#6b7280, #9ca3af)] - Dividers, card and input borders (3:1 against the page).
 * @cssprop [--care-color-surface=transparent] - Background of cards.
 * @cssprop [--care-color-surface-raised=light-dark(#f3f4f6, #1f2937)] - Background of hovered questions, the review note, and an `elevated` card on a dark page.
 * @cssprop [--care-color-focus=light-dark(#1d4ed8, #93c5fd)] - The focus ring.
 * @cssprop [--care-radius=0.5rem] - Corner radius of cards, inputs and notes.
 * @cssprop [--care-border-width=1px] - Width of borders and dividers.
 * @cssprop [--care-space=1rem] - Base spacing unit; smaller gaps are half of it.
 * @cssprop [--care-font-family=inherit] - Body font; the page's by default.
 * @cssprop [--care-font-family-heading=var(--care-font-family)] - Heading font.
 * @cssprop [--care-line-height=1.5] - Line height of body text.
 * @cssprop [--care-focus-width=3px] - Thickness of the focus ring.
 * @cssprop [--care-focus-offset=2px] - Gap between the focus ring and its element.
 * @cssprop [--care-motion-duration=180ms] - Length of transitions; none under reduced motion.
 */
export const base = css`
  :host {
    --_accent: var(--care-color-accent, light-dark(#1d4ed8, #93c5fd));
    --_on-accent: var(--care-color-on-accent, light-dark(#fff, #111827));
    --_muted: var(--care-color-muted, light-dark(#4b5563, #cbd5e1));
    --_border: var(--care-color-border, light-dark(#6b7280, #9ca3af));
    --_surface: var(--care-color-surface, transparent);
    --_surface-raised: var(--care-color-surface-raised, light-dark(#f3f4f6, #1f2937));
    --_focus: var(--care-color-focus, light-dark(#1d4ed8, #93c5fd));
    --_radius: var(--care-radius, 0.5rem);
    --_border-width: var(--care-border-width, 1px);
    --_space: var(--care-space, 1rem);
    --_space-s: calc(var(--_space) / 2);
    --_font: var(--care-font-family, inherit);
    --_heading-font: var(--care-font-family-heading, var(--_font));
    --_duration: var(--care-motion-duration, 180ms);
    display: block;
    font-family: var(--_font);
    line-height: var(--care-line-height, 1.5);
    color: var(--care-color-text, inherit);
    /* A 60-character word (a drug name, a URL) wraps instead of widening a phone's page. */
    overflow-wrap: anywhere;
  }
  :host([hidden]) {
    display: none;
  }
  /* Controls take the text's font and spacing, which browsers reset on them: a reader's wider letter and word spacing reaches a question's button too. */
  button,
  input {
    font: inherit;
    letter-spacing: inherit;
    word-spacing: inherit;
  }
  :focus-visible {
    outline: var(--care-focus-width, 3px) solid var(--_focus);
    outline-offset: var(--care-focus-offset, 2px);
  }
  p {
    margin: 0 0 var(--_space-s);
  }
  .section-heading {
    margin: 0 0 var(--_space-s);
  }
  .intro {
    margin-block-end: var(--_space);
  }
  p:last-child {
    margin-block-end: 0;
  }
  /* Text from data sits in its own bidi isolate, so a stray U+202E cannot reverse the words around it. */
  a,
  bdi {
    unicode-bidi: isolate;
  }
  /* Links the elements draw (citations, sources) take the accent, not the browser's blue; the page's own links in slots keep the page's colours. */
  a {
    color: var(--_accent);
  }
  /*
   * Numbered citations of the guide's sources: superscripts would otherwise open a gap between the
   * lines they sit on; isolated, so text from data around them keeps its own direction; on one
   * line, so that no number is cut from the sentence it belongs to.
   */
  .citations {
    line-height: 0;
    unicode-bidi: isolate;
    white-space: nowrap;
  }
  h1, h2, h3, h4, h5, h6 {
    font-family: var(--_heading-font);
    line-height: 1.25;
  }
  .visually-hidden {
    position: absolute !important;
    inline-size: 1px;
    block-size: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }
  /* The item a link named (#id): a ring and a tint that fade; under reduced motion they stay still. */
  [data-target] {
    border-radius: var(--_radius);
    outline: var(--care-focus-width, 3px) solid var(--_accent);
    outline-offset: var(--_space-s);
    background-color: var(--_surface-raised);
    box-shadow: 0 0 0 var(--_space-s) var(--_surface-raised);
    animation: care-target-fade 1.5s ease-in 2s forwards;
  }
  /* An item a link names is scrolled to with room above, so its ring or its focused question is not cut off at the top of the window. */
  [data-target],
  [part~='item'] {
    scroll-margin-block-start: calc(var(--_space) * 1.5);
  }
  @keyframes care-target-fade {
    to {
      outline-color: transparent;
      background-color: transparent;
      box-shadow: 0 0 0 var(--_space-s) transparent;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      animation: none !important;
      transition: none !important;
    }
  }
  /*
   * Rendered on the server, an element's closed parts wait for its script to open them; should the
   * script never come (blocked, or a failed download), nothing could. Each element shows such parts
   * while it is not defined, collapsed by this animation for its 3 s delay, as the pre-upgrade
   * stylesheet collapses CMS markup. It moves nothing, so reduced motion keeps it. A script that
   * comes later still takes over, and closes them again. The buttons only the script could work
   * go at that moment (below), their aria-expanded with them.
   */
  @keyframes care-server-timeout {
    from {
      visibility: hidden;
      max-block-size: 0;
      overflow: hidden;
      margin-block: 0;
      padding-block: 0;
    }
  }
  /* The controls that only the script could have made work go at the same moment. */
  @keyframes care-server-timeout-gone {
    to {
      visibility: hidden;
      /* A button's own minimum height (a touch target's) would otherwise keep a blank band. */
      min-block-size: 0;
      max-block-size: 0;
      overflow: hidden;
      margin-block: 0;
      padding-block: 0;
    }
  }
  /* A focus ring needs no rule here: forced colours give a focused element the system's own ring colour. */
  @media (forced-colors: active) {
    [data-target] {
      outline-color: Highlight;
      animation: none;
    }
  }
  @media print {
    h1, h2, h3, h4, h5, h6,
    .intro {
      break-after: avoid;
    }
    .intro {
      break-inside: avoid;
    }
    [data-target] {
      outline: none;
      background: none;
      box-shadow: none;
    }
  }
`;
