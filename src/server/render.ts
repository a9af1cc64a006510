import { html as serverHtml, render, type ServerRenderedTemplate } from '@lit-labs/ssr';
import { collectResultSync } from '@lit-labs/ssr/lib/render-result.js';
import { nothing } from 'lit';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import { FaqSearch } from '../internal/faq-search.js';
import { provideFaqSearch } from '../internal/faq-search-loader.js';
import { loadStrings } from '../internal/strings.js';
import { jsonLdGraph, scriptJson } from '../content/jsonld.js';
import type { ContentProblem, ValidGuide } from '../content/types.js';
import { validateGuide } from '../content/validate.js';
import { textDirection } from '../internal/direction.js';
import { guideLayout } from './layout.js';
import { rendererFor, type StyleLog } from './renderer.js';

export interface RenderGuideOptions {
  /** A CSP nonce (base64) for the `<style>` elements in the shadow roots, and for the module script of a document. */
  nonce?: string;
  /** Write the guide's schema.org JSON-LD (the default); `false` writes `no-structured-data` instead. */
  structuredData?: boolean;
}

export interface RenderGuideDocumentOptions extends RenderGuideOptions {
  /** URL of the module script the page loads, such as the CDN's `care-elements-hydrate.js`; none when absent. */
  script?: string;
}

export interface RenderedGuide {
  /** The HTML: `<care-guide>` with the guide as inline JSON, its JSON-LD and every element in declarative shadow DOM. */
  html: string;
  /** Every problem in the guide, each with its path, as `care-content-error` names them; the valid rest is rendered. */
  problems: ContentProblem[];
  /** The guide as the elements show it; undefined when the document is not a guide at all. */
  guide?: ValidGuide;
  /** The guide's language, `en` when it has none. */
  lang: string;
  /** The writing direction of that language. */
  dir: 'ltr' | 'rtl';
  /** CSP hash sources (`'sha256-…'`) of the `<style>` elements written, for a `style-src` without a nonce. */
  styleHashes: string[];
}

// Rendering cannot wait for the FAQ's search, which the browser fetches when first used: here it is from the start.
provideFaqSearch(FaqSearch);

const NONCE = /^[A-Za-z0-9+/_-]+={0,2}$/;

/** The guide and its JSON-LD as data blocks; `scriptJson` leaves no `<`, `>` or `&` in them, so no text can end the element. */
function dataScripts(guide: ValidGuide, structuredData: boolean): ServerRenderedTemplate {
  return serverHtml`<script type="application/json">${unsafeHTML(scriptJson(guide))}</script>${
    structuredData
      ? serverHtml`<script type="application/ld+json" slot="structured-data">${unsafeHTML(scriptJson(jsonLdGraph(guide)))}</script>`
      : nothing
  }`;
}

interface Prepared extends Omit<RenderedGuide, 'html' | 'styleHashes'> {
  careGuide: ServerRenderedTemplate;
  log: StyleLog;
}

async function prepare(input: unknown, { nonce, structuredData = true }: RenderGuideOptions): Promise<Prepared> {
  if (nonce !== undefined && !NONCE.test(nonce)) throw new TypeError('nonce: expected a base64 value, as in a CSP nonce-source');
  const { value: guide, problems } = validateGuide(input);
  const lang = guide?.lang || 'en';
  const dir = textDirection(lang);
  // The elements' own words in the guide's language; a table that fails to load warns and stays English.
  await loadStrings(lang).catch(() => undefined);
  const careGuide = serverHtml`<care-guide lang=${lang} dir=${dir} ?no-structured-data=${!structuredData}>${
    guide ? dataScripts(guide, structuredData) : nothing
  }${guide ? guideLayout(guide) : nothing}</care-guide>`;
  return { careGuide, problems, guide, lang, dir, log: { nonce, hashes: new Set() } };
}

function finish({ careGuide: _, log, ...rest }: Prepared, template: ServerRenderedTemplate): RenderedGuide {
  const html = collectResultSync(render(template, { elementRenderers: [rendererFor(log)] }));
  return { html, ...rest, styleHashes: [...log.hashes] };
}

/**
 * Validates a guide, loads the elements' words in its language, then renders `<care-guide>` and
 * every element of the guide inside it, with declarative shadow DOM, for a page or a CMS template.
 * Bad content never rejects: its problems are returned, and everything valid is rendered.
 */
export async function renderGuide(input: unknown, options: RenderGuideOptions = {}): Promise<RenderedGuide> {
  const prepared = await prepare(input, options);
  return finish(prepared, prepared.careGuide);
}

/** A whole HTML page for a guide: language, title, description, the rendered guide and, optionally, the page's script. */
export async function renderGuideDocument(input: unknown, options: RenderGuideDocumentOptions = {}): Promise<RenderedGuide> {
  const prepared = await prepare(input, options);
  const { guide, lang, dir, careGuide } = prepared;
  const description = guide?.summary?.replace(/\s+/g, ' ');
  const document = serverHtml`<!doctype html>
<html lang=${lang} dir=${dir}>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
<title>${guide?.title ?? ''}</title>
${description ? serverHtml`<meta name="description" content=${description}>\n` : nothing}${
    options.script ? serverHtml`<script type="module" src=${options.script} nonce=${options.nonce ?? nothing}></script>\n` : nothing
  }</head>
<body>
<main>
${careGuide}
</main>
</body>
</html>
`;
  return finish(prepared, document);
}
