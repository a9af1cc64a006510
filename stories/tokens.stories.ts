import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import manifest from '../custom-elements.json';
import './tokens.css';

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

/** The value an element draws with: the token as set around it, else its default. */
const live = (token: Token) => `var(${token.name}${token.default ? `, ${resolved(token.default)}` : ''})`;

/** A global token's live value, for samples that need one besides their own. */
const liveGlobal = (name: string) => live({ name, default: globalDefaults.get(name) });

type Sample = (value: string) => TemplateResult;

/** How a token is drawn, by its name; the first match wins. Each sample uses the value the way the elements do. */
const SAMPLES: [RegExp, Sample][] = [
  [/-shadow$/, (v) => html`<span class="box" style="box-shadow: ${v}"></span>`],
  [/-padding$/, (v) => html`<span class="padding" style="padding: ${v}"><span></span></span>`],
  [/-max-width$/, (v) => html`<span class="bar" style="inline-size: calc(${v} / 8)"></span><span class="scale">at 1:8</span>`],
  [/-duration$/, (v) => html`<span class="motion" style="--sample-duration: ${v}"><span></span></span><span class="scale">hover the row</span>`],
  [/-font-size$/, (v) => html`<span style="font-size: ${v}">Aa</span>`],
  [/-font-family/, (v) => html`<span style="font-family: ${v}; font-size: 1.25rem">Aa Bb 123</span>`],
  [/-line-height$/, (v) => html`<span style="display: inline-block; line-height: ${v}; inline-size: 6rem">Two lines of sample text</span>`],
  [/-(background|surface|surface-raised)$/, (v) => html`<span class="box" style="background: ${v}"></span>`],
  // Text and line colours: `inherit` and `currentColor` mean the text colour around.
  [/-colou?r(-|$)/, (v) => html`<span class="box" style="color: ${v}; background: currentColor"></span>`],
  [/-radius$/, (v) => html`<span class="box" style="border-width: 2px; border-radius: ${v}"></span>`],
  [/-border-width$/, (v) => html`<span class="box" style="border: ${v} solid CanvasText"></span>`],
  [/^--care-focus-width$/, (v) => html`<span class="box" style="outline: ${v} solid ${liveGlobal('--care-color-focus')}; outline-offset: ${liveGlobal('--care-focus-offset')}"></span>`],
  [/^--care-focus-offset$/, (v) => html`<span class="box" style="outline: ${liveGlobal('--care-focus-width')} solid ${liveGlobal('--care-color-focus')}; outline-offset: ${v}"></span>`],
  [/-gap$/, (v) => html`<span class="gap" style="gap: ${v}"><span></span><span></span></span>`],
  [/-(space|size)$/, (v) => html`<span class="bar" style="inline-size: ${v}"></span>`],
  [/-(divider|connector)$/, (v) => html`<span class="line" style="border-block-start: ${v}"></span>`],
];

/** A live sample of a token as the current theme, colour scheme and direction set it. */
function sample(token: Token): TemplateResult {
  const draw = SAMPLES.find(([pattern]) => pattern.test(token.name))?.[1];
  if (draw) return draw(live(token));
  // The page promises a sample for every token: the story check fails on this error.
  console.error(`Design tokens: no live sample for ${token.name}; add one to SAMPLES.`);
  return css(token.default ?? '');
}

/** CSS reads left to right in any page: `--care-space` stays `--care-space` right to left. */
const css = (text: string) => html`<code dir="ltr">${text}</code>`;

/** A description with `code` in backticks, as the manifest writes it; isolated, so its English punctuation stays put right to left. */
const prose = (text = '') => html`<bdi>${text.split('`').map((part, i) => (i % 2 ? css(part) : part))}</bdi>`;

function table(caption: string, tokens: Token[]): TemplateResult {
  return html`<table>
    <caption>${caption}</caption>
    <thead>
      <tr>
        <th scope="col">Token</th>
        <th scope="col">Default</th>
        <th scope="col">Live</th>
        <th scope="col">Use</th>
      </tr>
    </thead>
    <tbody>
      ${tokens.map(
        (token) => html`<tr>
          <td>${css(token.name)}</td>
          <td data-label="Default">${css(token.default ?? '—')}</td>
          <td data-label="Live">${sample(token)}</td>
          <td data-label="Use">${prose(token.description)}</td>
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
  render: () => html`<div class="care-tokens">
    ${table('Global tokens', globalTokens)}
    ${elements
      .filter((el) => el.cssProperties?.some((t) => isOwn(el.tagName, t)))
      .map((el) => table(`<${el.tagName}>`, el.cssProperties!.filter((t) => isOwn(el.tagName, t))))}
  </div>`,
};
