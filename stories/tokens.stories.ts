import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import manifest from '../custom-elements.json';

interface Token {
  name: string;
  default?: string;
  description?: string;
}

interface Declaration {
  tagName?: string;
  cssProperties?: Token[];
}

const elements = (manifest.modules as { declarations?: Declaration[] }[])
  .flatMap((module) => module.declarations ?? [])
  .filter((declaration): declaration is Declaration & { tagName: string } => Boolean(declaration.tagName));

/** Global tokens are the ones an element documents without its own `--care-<element>-` prefix. */
const isOwn = (tag: string, token: Token) => token.name.startsWith(`--${tag}-`);
const globalTokens = [
  ...new Map(
    elements.flatMap((el) => (el.cssProperties ?? []).filter((t) => !isOwn(el.tagName, t)).map((t) => [t.name, t] as const)),
  ).values(),
];

const globalDefaults = new Map(globalTokens.map((token) => [token.name, token.default]));

/** A default written with other tokens gets theirs too, so a sample shows what the elements draw. */
const resolved = (value = '') =>
  value.replace(/var\((--care-[\w-]+)\)/g, (whole, name: string) =>
    globalDefaults.get(name) ? `var(${name}, ${globalDefaults.get(name)})` : whole,
  );

/** A live sample of a token as the current theme, colour scheme and direction set it. */
function sample(token: Token): TemplateResult {
  const value = `var(${token.name}${token.default ? `, ${resolved(token.default)}` : ''})`;
  const box = 'display: inline-block; inline-size: 2.5rem; block-size: 1.5rem; border: 1px solid CanvasText';
  const name = token.name;
  if (name.includes('-color') || name.endsWith('-background')) return html`<span style="${box}; background: ${value}"></span>`;
  if (name.endsWith('-radius')) return html`<span style="${box}; border-width: 2px; border-radius: ${value}"></span>`;
  if (name.endsWith('-border-width')) return html`<span style="${box}; border: ${value} solid CanvasText"></span>`;
  if (name.endsWith('-space') || name.endsWith('-gap') || name.endsWith('-size'))
    return html`<span style="display: inline-block; block-size: 0.75rem; inline-size: ${value}; background: CanvasText"></span>`;
  if (name.includes('-font-family')) return html`<span style="font-family: ${value}; font-size: 1.25rem">Aa Bb 123</span>`;
  if (name.endsWith('-line-height')) return html`<span style="display: inline-block; line-height: ${value}; inline-size: 6rem">Two lines of sample text</span>`;
  if (name.startsWith('--care-focus'))
    return html`<span style="${box}; outline: var(--care-focus-width, 3px) solid CanvasText; outline-offset: var(--care-focus-offset, 2px)"></span>`;
  if (name.endsWith('-duration')) return html`<code>${value}</code>`;
  return html`<span style="${box}; border: ${value}"></span>`;
}

const cell = 'text-align: start; padding: 0.25rem 0.5rem; vertical-align: top';

function table(caption: string, tokens: Token[]): TemplateResult {
  return html`<table style="border-collapse: collapse; inline-size: 100%; margin-block-end: 2rem">
    <caption style="text-align: start; font-weight: 600; padding-block-end: 0.5rem">${caption}</caption>
    <thead>
      <tr>
        <th scope="col" style=${cell}>Token</th>
        <th scope="col" style=${cell}>Default</th>
        <th scope="col" style=${cell}>Live</th>
        <th scope="col" style=${cell}>Use</th>
      </tr>
    </thead>
    <tbody>
      ${tokens.map(
        (token) => html`<tr style="border-block-start: 1px solid GrayText">
          <td style=${cell}><code>${token.name}</code></td>
          <td style=${cell}><code>${token.default ?? '—'}</code></td>
          <td style=${cell}>${sample(token)}</td>
          <td style=${cell}>${token.description}</td>
        </tr>`,
      )}
    </tbody>
  </table>`;
}

const meta: Meta = { title: 'Design tokens' };
export default meta;

/**
 * Every `--care-…` custom property, read from `custom-elements.json`, with its default and a live
 * sample under the theme, colour scheme and direction chosen in the toolbar. Set them on any
 * ancestor: `.clinic { --care-color-accent: #0f5e6e; }`. Global tokens are read by every element;
 * an element's own tokens start with its tag, such as `--care-faq-accordion-gap`.
 */
export const AllTokens: StoryObj = {
  render: () => html`${table('Global tokens', globalTokens)}
    ${elements
      .filter((el) => el.cssProperties?.some((t) => isOwn(el.tagName, t)))
      .map((el) => table(`<${el.tagName}>`, el.cssProperties!.filter((t) => isOwn(el.tagName, t))))}`,
};
