import { css } from 'lit';

export const styles = css`
  .note {
    padding: var(--_space);
    border-radius: var(--_radius);
    background: var(--care-review-note-background, var(--_surface-raised));
    font-size: 0.95em;
  }
  .disclaimer {
    margin-block-end: var(--_space-s);
    font-weight: 600;
  }
  .reviewed {
    display: flex;
    flex-wrap: wrap;
    gap: 0 var(--_space);
    color: var(--_muted);
  }
  .sources-heading {
    margin: var(--_space) 0 0.25rem;
    font-size: 1em;
  }
  .sources {
    margin: 0;
    padding-inline-start: 1.75em;
  }
  .sources > li + li {
    margin-block-start: 0.25rem;
  }
  .quote,
  .backlinks {
    display: block;
    font-size: 0.95em;
    color: var(--_muted);
  }
  .quote {
    font-style: italic;
  }
  @media (forced-colors: active) {
    .note {
      border: 1px solid CanvasText;
    }
  }
  @media print {
    .note {
      background: none;
      border: 1px solid #000;
    }
    .backlinks {
      display: none;
    }
    a[href^='http']::after {
      content: ' (' attr(href) ')';
      font-size: 0.85em;
    }
  }
`;
