import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { render } from '@lit-labs/ssr';
import { collectResultSync } from '@lit-labs/ssr/lib/render-result.js';
import { html as litHtml } from 'lit';
import { guideJsonLd, renderGuide, renderGuideDocument } from '../../dist/server/index.js';
import { validateGuide } from '../../dist/content/validate.js';
import { stemCellInjectionBackPain as builtIn } from '../../dist/content/stem-cell-injection-back-pain.js';
import { hostile, HOSTILE } from './hostile.js';

const knee = JSON.parse(readFileSync('test/fixtures/knee-arthroscopy.json', 'utf8'));
const partial = JSON.parse(readFileSync('test/fixtures/partial.json', 'utf8'));

/** The opening tags of the custom elements written, in order, as `tag` or `tag[section]`. */
const elements = (html) =>
  [...html.matchAll(/<(care-[a-z-]+)([^>]*)>/g)].map(([, tag, attrs]) => {
    const section = /section="([a-z]+)"/.exec(attrs)?.[1];
    return section ? `${tag}[${section}]` : tag;
  });
const dataBlock = (html, type) => {
  const match = new RegExp(`<script type="${type.replace('+', '\\+')}"[^>]*>([^<]*)</script>`).exec(html);
  return match && JSON.parse(match[1]);
};
const styleBlocks = (html) => [...html.matchAll(/<style([^>]*)>([^<]*)<\/style>/g)].map(([, attrs, css]) => ({ attrs, css }));

const rendered = await renderGuide(builtIn);

describe('renderGuide', () => {

  it('renders the whole guide inside <care-guide>, in reading order', async () => {
    assert.deepEqual(elements(rendered.html), [
      'care-guide',
      'care-guide-header',
      'care-topic-list[conditions]',
      'care-procedure-timeline',
      'care-benefits-card',
      'care-risk-list',
      'care-topic-list[recovery]',
      'care-topic-list[tips]',
      'care-topic-list[research]',
      'care-faq-accordion',
      'care-review-note',
    ]);
    assert.match(rendered.html, /^<care-guide[^>]*><template shadowroot(mode)?="open"/);
    assert.match(rendered.html, /<\/care-guide>$/);
    const title = rendered.html.indexOf(builtIn.title, rendered.html.indexOf('<care-guide-header'));
    assert.match(rendered.html.slice(title - 200, title), /<h1 /, 'the title is the h1');
    assert.ok(title < rendered.html.indexOf('<care-topic-list'), 'title first');
  });

  it('gives every element its declarative shadow root', async () => {
    const roots = rendered.html.match(/<template shadowroot="open" shadowrootmode="open">/g);
    assert.equal(roots.length, elements(rendered.html).length);
  });

  it('reaches every element with the guide: each section, step, risk, benefit, question and source is in the output', async () => {
    const expected = [
      builtIn.summary.slice(0, 60),
      ...['conditions', 'procedure', 'benefits', 'risks', 'recovery', 'tips', 'research', 'faqs'].flatMap((key) => [
        builtIn[key].title,
        ...builtIn[key].items.map((item) => item.title ?? item.question),
      ]),
      ...builtIn.faqs.items.map((item) => item.answer.split('\n')[0]),
      ...builtIn.sources.map((source) => source.title),
      new Intl.DateTimeFormat('en', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(builtIn.lastReviewed)),
      'Step 5 of 5',
    ];
    const missing = expected.filter((text) => !rendered.html.includes(text.replaceAll('&', '&amp;').replaceAll("'", '&#39;').replaceAll('"', '&quot;')));
    assert.deepEqual(missing, []);
  });

  it('renders the closed state the client starts in: every answer hidden until found, none expanded', async () => {
    assert.equal(rendered.html.match(/hidden="until-found"/g).length, builtIn.faqs.items.length);
    assert.doesNotMatch(rendered.html, /aria-expanded="true"/);
  });

  it('embeds the validated guide as inline JSON, the data the client starts from', async () => {
    assert.deepEqual(dataBlock(rendered.html, 'application/json'), validateGuide(builtIn).value);
  });

  it('embeds the same JSON-LD that guideJsonLd builds', async () => {
    assert.deepEqual(dataBlock(rendered.html, 'application/ld+json'), guideJsonLd(builtIn));
    assert.match(rendered.html, /<script type="application\/ld\+json" slot="structured-data">/);
  });

  it('leaves the JSON-LD out, and says so to the element, with structuredData: false', async () => {
    const { html } = await renderGuide(builtIn, { structuredData: false });
    assert.equal(dataBlock(html, 'application/ld+json'), null);
    assert.match(html, /^<care-guide[^>]* no-structured-data/);
  });

  it('renders a second guide of another shape in full', async () => {
    const { html, problems, lang } = await renderGuide(knee);
    assert.deepEqual(problems, []);
    assert.equal(lang, 'en-GB');
    assert.deepEqual(elements(html), ['care-guide', 'care-guide-header', 'care-procedure-timeline', 'care-benefits-card', 'care-risk-list', 'care-topic-list[recovery]', 'care-faq-accordion', 'care-review-note']);
    for (const step of knee.procedure.items) assert.ok(html.includes(step.title), step.title);
    for (const item of knee.faqs.items) assert.ok(html.includes(item.question), item.question);
    assert.ok(html.includes('Step 8 of 8'));
  });
});

describe('renderGuide with bad content', () => {
  it('returns the problems with their paths and renders the valid rest', async () => {
    const { html, problems } = await renderGuide(partial);
    assert.deepEqual(problems.map((p) => p.path), ['risks.items', 'faqs.items[1].question']);
    assert.ok(html.includes('Does it hurt?'));
    assert.ok(html.includes('Less pain'));
    assert.deepEqual(elements(html), ['care-guide', 'care-guide-header', 'care-benefits-card', 'care-faq-accordion']);
  });

  for (const [name, input] of [['null', null], ['a string', 'guide'], ['a list', []], ['an unknown schema version', { schemaVersion: 99 }], ['a guide without a title', { schemaVersion: 1, lang: 'en' }]]) {
    it(`never throws, for ${name}`, async () => {
      const { html, problems } = await renderGuide(input);
      assert.ok(problems.length > 0);
      assert.match(html, /^<care-guide\s+lang="en" dir="ltr"/);
    });
  }

  it('writes hostile text as text: it closes no element and opens none', async () => {
    const { html, problems } = await renderGuide(hostile(builtIn));
    assert.deepEqual(problems, []);
    assert.equal(html.match(/<script/g).length, 2, 'only the two data blocks');
    assert.equal(html.match(/<\/script>/g).length, 2);
    assert.doesNotMatch(html, /<b>/);
    assert.ok(html.includes('&lt;/script&gt;&lt;script&gt;'));
    const jsonLd = JSON.stringify(dataBlock(html, 'application/ld+json'));
    assert.ok(jsonLd.includes(JSON.stringify(HOSTILE).slice(1, -1)), 'the JSON-LD carries the text literally');
    assert.equal(dataBlock(html, 'application/json').title, `${builtIn.title}${HOSTILE}`);
  });
});

describe('language and direction', () => {
  for (const [lang, dir] of [['ar', 'rtl'], ['he', 'rtl'], ['fa-IR', 'rtl'], ['ur', 'rtl'], ['en-GB', 'ltr'], ['pt-BR', 'ltr']]) {
    it(`writes lang="${lang}" dir="${dir}"`, async () => {
      const { html } = await renderGuide({ ...knee, lang });
      assert.match(html, new RegExp(`^<care-guide\\s+lang="${lang}" dir="${dir}"`));
      const page = (await renderGuideDocument({ ...knee, lang })).html;
      assert.match(page, new RegExp(`<html lang="${lang}" dir="${dir}">`));
    });
  }
});

describe('a searchable FAQ with a query', () => {
  it('renders filtered, with its status, though the browser fetches the search code only when used', () => {
    const out = collectResultSync(
      render(litHtml`<care-faq-accordion searchable query="insurance" .items=${builtIn.faqs.items}></care-faq-accordion>`),
    );
    const items = [...out.matchAll(/<div part="?item"? class="?item"?( hidden)?/g)].map(([, hidden]) => !hidden);
    assert.deepEqual(items, builtIn.faqs.items.map((item) => item.id === 'cost'));
    assert.match(out, /role="?status"?><!--lit-part-->1 of 5 questions matches<!--\/lit-part--><\/p>/);
    const answers = [...out.matchAll(/<div part="?description"?[^>]*>/g)].map(([tag]) => [tag.match(/id="?a-([\w-]+)/)[1], !/ hidden/.test(tag)]);
    assert.deepEqual(answers.filter(([, shown]) => shown).map(([id]) => id), ['cost'], 'the answer that says why its question matched');
  });
});

describe("the elements' own words", () => {
  it("are in the guide's language, loaded before rendering", async (t) => {
    const warn = t.mock.method(console, 'warn');
    const { html } = await renderGuide({ ...knee, lang: 'es' });
    assert.ok(html.includes('Mostrar todo'));
    assert.ok(html.includes('Paso 8 de 8'));
    assert.equal(warn.mock.callCount(), 0);
  });
});

describe('styles under a Content-Security-Policy', () => {
  it('puts the nonce on every <style> it writes', async () => {
    const { html } = await renderGuide(builtIn, { nonce: 'r4nd0m+N0nce/=' });
    const blocks = styleBlocks(html);
    assert.equal(blocks.length, elements(html).length);
    assert.ok(blocks.every((block) => block.attrs === ' nonce="r4nd0m+N0nce/="'));
  });

  it('refuses a nonce that is not base64, which could break out of its attribute', async () => {
    await assert.rejects(renderGuide(builtIn, { nonce: '"><script>' }), TypeError);
  });

  it('returns the hash of every distinct style block', async () => {
    const { html, styleHashes } = await renderGuide(builtIn);
    const hashes = new Set(styleBlocks(html).map(({ css }) => `'sha256-${createHash('sha256').update(css).digest('base64')}'`));
    assert.deepEqual(new Set(styleHashes), hashes);
    const tags = new Set(elements(html).map((element) => element.replace(/\[.*/, '')));
    assert.equal(styleHashes.length, tags.size, 'one style block per kind of element');
  });

  it('matches the hashes the README publishes', async () => {
    const readme = readFileSync('README.md', 'utf8');
    const section = readme.slice(readme.indexOf('## Render on the server'));
    const published = [...section.matchAll(/'sha256-[A-Za-z0-9+/=]+'/g)].map(([hash]) => hash);
    const current = (await renderGuide(builtIn)).styleHashes;
    assert.deepEqual(published.sort(), [...current].sort(), 'the README\'s style-src hashes are stale: run npm run readme:hashes');
  });
});

describe('renderGuideDocument', () => {
  it('writes a whole page: doctype, language, title, description, the guide and the script', async () => {
    const { html } = await renderGuideDocument(builtIn, { script: '/cdn/care-elements-hydrate.js', nonce: 'abc' });
    assert.match(html, /^<!doctype html>\n<html lang="en" dir="ltr">/);
    assert.ok(html.includes(`<title>${builtIn.title}</title>`));
    assert.ok(html.includes(`<meta name="description" content="${builtIn.summary.replaceAll("'", '&#39;')}">`));
    assert.match(html, /<script type="module" src="\/cdn\/care-elements-hydrate.js" nonce="abc"\s*><\/script>/);
    assert.match(html, /<main>\n<care-guide [\s\S]*<\/care-guide>\n<\/main>/);
  });

  it('escapes the title and the description', async () => {
    const { html } = await renderGuideDocument(hostile(builtIn));
    assert.ok(html.includes('<title>Stem cell injection for back pain &lt;/script&gt;&lt;script&gt;'));
    assert.match(html, /<meta name="description" content="[^"<>]*&lt;\/script&gt;[^"<>]*">/);
  });
});
