import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { base } from '../src/styles/base.js';

/** What each shared token is for; values and defaults are read live from the components' own CSS. */
const DESCRIPTIONS: Record<string, string> = {
  '--care-color-accent': 'Headings of questions, links, markers and icons.',
  '--care-color-muted': 'Secondary text: durations, the review line.',
  '--care-color-border': 'Dividers, card and input borders (3:1 against the page).',
  '--care-color-surface': 'Background of cards and inputs.',
  '--care-color-surface-raised': 'Background of hovered questions and the review note.',
  '--care-color-focus': 'The focus ring.',
  '--care-color-text': 'Text colour; inherits the page’s by default.',
  '--care-radius': 'Corner radius of cards, inputs and the review note.',
  '--care-border-width': 'Width of borders and dividers.',
  '--care-space': 'Base spacing unit; smaller gaps are half of it.',
  '--care-font-family': 'Body font; inherits the page’s by default.',
  '--care-heading-font-family': 'Heading font; defaults to the body font.',
  '--care-motion-duration': 'Length of transitions; none under reduced motion.',
  '--care-line-height': 'Line height of all text.',
  '--care-focus-width': 'Thickness of the focus ring.',
  '--care-focus-offset': 'Gap between the focus ring and its element.',
};

/** Every `var(--care-…, default)` in the shared CSS, with its default, parsed from the stylesheet itself. */
function sharedTokens(): { name: string; fallback: string }[] {
  const css = base.cssText;
  const tokens = new Map<string, string>();
  for (let i = css.indexOf('var(--care-'); i >= 0; i = css.indexOf('var(--care-', i + 1)) {
    const open = i + 4;
    const comma = css.indexOf(',', open);
    const name = css.slice(open, comma).trim();
    let depth = 1;
    let j = comma + 1;
    for (; j < css.length && depth > 0; j++) depth += css[j] === '(' ? 1 : css[j] === ')' ? -1 : 0;
    if (!tokens.has(name)) tokens.set(name, css.slice(comma + 1, j - 1).trim());
  }
  return [...tokens].map(([name, fallback]) => ({ name, fallback }));
}

const meta: Meta = { title: 'Design tokens' };
export default meta;

/**
 * The shared `--care-…` custom properties every component reads, with their defaults and a live
 * sample under the theme, colour scheme and direction chosen in the toolbar. Set them on any
 * ancestor: `.clinic { --care-color-accent: #0f5e6e; }`. Component-specific properties are listed
 * on each component's docs page.
 */
export const AllTokens: StoryObj = {
  render: () => html`<table style="border-collapse: collapse; inline-size: 100%">
    <caption style="text-align: start; font-weight: 600; padding-block-end: 0.5rem">Shared design tokens</caption>
    <thead>
      <tr><th scope="col" style="text-align: start">Token</th><th scope="col" style="text-align: start">Default</th><th scope="col" style="text-align: start">Live</th><th scope="col" style="text-align: start">Use</th></tr>
    </thead>
    <tbody>
      ${sharedTokens().map(
        ({ name, fallback }) => html`<tr style="border-block-start: 1px solid GrayText">
          <td><code>${name}</code></td>
          <td><code>${fallback}</code></td>
          <td>${name.startsWith('--care-color')
            ? html`<span role="img" aria-label="sample" style="display: inline-block; inline-size: 2.5rem; block-size: 1.5rem; border: 1px solid CanvasText; background: var(${name}, ${fallback})"></span>`
            : html`<code style="font-size: 0.8em">var(${name})</code>`}</td>
          <td>${DESCRIPTIONS[name] ?? ''}</td>
        </tr>`,
      )}
    </tbody>
  </table>`,
};
