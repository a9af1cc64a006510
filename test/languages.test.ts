import { expect, fixture, html } from '@open-wc/testing';
import '../src/index.js';
import type { Guide } from '../src/content/types.js';
import type { CareFaqAccordion } from '../src/faq-accordion/faq-accordion.js';
import { en, loadStrings, plural, registerStrings, stringsFor, type CareStrings } from '../src/internal/strings.js';
import { useStatusClock } from './status-clock.js';
import { neverAnswer } from './helpers.js';

// Every module the page loads is a resource entry; the default buffer of 250 would drop the later ones.
performance.setResourceTimingBufferSize(10_000);

/** The built-in languages, with the file of their words. */
const LANGUAGES = { es: 'es', fr: 'fr', de: 'de', ar: 'ar', 'zh-Hans': 'zh-Hans' } as const;
type Lang = keyof typeof LANGUAGES;

/**
 * English words that are also the language's own, correct word. Without this list an untranslated
 * copy of them could not be told apart, so it stays short and each entry is a real word of the language.
 */
const COGNATES: Partial<Record<Lang, string[]>> = {
  fr: ['question', 'questions', 'sources', 'source', 'rare', 'guide'],
  de: ['details', 'text'],
};

/** How many times the page fetched a language's words (the test server serves the TypeScript source). */
const fetches = (file: string) =>
  performance.getEntriesByType('resource').filter((entry) => new URL(entry.name).pathname.endsWith(`/src/strings/${file}.ts`)).length;

const guideIn = (lang: string): Guide => ({
  schemaVersion: 2,
  id: 'words',
  lang,
  title: 'Lorem ipsum',
  summary: 'Dolor sit amet.',
  lastReviewed: '2026-11-25',
  nextReview: '2099-01-15',
  reviewedBy: 'Dr. Ada Okafor',
  disclaimer: 'Lorem ipsum dolor.',
  sources: [{ id: 'ipsum', title: 'Ipsum', publisher: 'Lorem', url: 'https://example.org/ipsum' }],
  conditions: { title: 'Alpha', items: [{ title: 'Beta', description: 'Lorem.' }] },
  procedure: {
    title: 'Gamma',
    items: [
      { title: 'Delta', duration: '30 min', description: 'Lorem.' },
      { title: 'Epsilon', duration: '45 min', description: 'Ipsum.' },
      { title: 'Zeta', duration: '1 h', description: 'Dolor.' },
    ],
  },
  benefits: {
    title: 'Eta',
    items: [
      { title: 'Theta', description: 'Lorem.', evidence: { level: 'limited' }, sources: ['ipsum'] },
      { title: 'Vartheta', description: 'Ipsum.', evidence: { level: 'moderate' } },
      { title: 'Digamma', description: 'Dolor.', evidence: { level: 'strong' } },
    ],
  },
  risks: {
    title: 'Iota',
    items: [
      { title: 'Kappa', severity: 'high', description: 'Lorem.', frequency: { band: 'very-common' } },
      { title: 'Lambda', severity: 'moderate', description: 'Ipsum.', frequency: { band: 'common', count: 1, per: 50 }, sources: ['ipsum'] },
      { title: 'Mu', severity: 'low', description: 'Dolor.', frequency: { band: 'uncommon' } },
      { title: 'Nu', description: 'Sit.', frequency: { band: 'rare' } },
      { title: 'Sampi', description: 'Amet.', frequency: { band: 'very-rare' } },
      { title: 'Koppa', description: 'Lorem.', frequency: { band: 'not-known' } },
    ],
  },
  recovery: { title: 'Xi', items: [{ title: 'Omicron', description: 'Lorem.' }] },
  faqs: {
    title: 'Pi',
    items: [
      { question: 'Alpha?', answer: 'Lorem.' },
      { question: 'Beta?', answer: 'Ipsum.' },
      { question: 'Gamma?', answer: 'Alpha too.' },
    ],
  },
});

type Updating = Element & { updateComplete: Promise<unknown> };
const elementsIn = (root: Element) => [...root.querySelectorAll<Updating>('*')].filter((el) => el.shadowRoot && 'updateComplete' in el);
// Only ASCII white space folds: a French no-break space before a colon is part of the words.
const shadowText = (elements: Element[]) => elements.map((el) => el.shadowRoot!.textContent!.replace(/[ \t\n\r]+/g, ' ')).join('\n');

/** Every element of a guide page, and a FAQ of one question that its search finds, in states that between them show every word the elements have. */
async function renderEveryWord(lang: string, clock: ReturnType<typeof useStatusClock>): Promise<string> {
  const page = await fixture<HTMLElement>(html`<div dir=${lang === 'ar' ? 'rtl' : 'ltr'}><care-guide .guide=${guideIn(lang)}>
    <care-guide-header show-review></care-guide-header>
    <care-topic-list section="conditions"></care-topic-list>
    <care-procedure-timeline current="2" compact></care-procedure-timeline>
    <care-benefits-card></care-benefits-card>
    <care-risk-list group-by="severity"></care-risk-list>
    <care-topic-list section="recovery"></care-topic-list>
    <care-faq-accordion toggle-all searchable></care-faq-accordion>
    <care-faq-accordion lang=${lang} heading="Rho" searchable query="alpha" .items=${[{ question: 'Alpha?', answer: 'Lorem.' }]}></care-faq-accordion>
    <care-review-note></care-review-note>
  </care-guide></div>`);
  const settle = () => Promise.all(elementsIn(page).map((el) => el.updateComplete));
  await settle();
  await loadStrings(lang);
  await settle();
  await expect(page).to.be.accessible();
  const texts = [shadowText(elementsIn(page))];
  const faq = page.querySelector<CareFaqAccordion>('care-faq-accordion')!;
  faq.shadowRoot!.querySelector<HTMLButtonElement>('[part="toggle-all-button"]')!.click();
  for (const query of ['beta', 'alpha', 'zzz']) {
    await clock.pause(faq);
    texts.push(shadowText([faq]));
    faq.query = query;
  }
  await clock.pause(faq);
  texts.push(shadowText([faq]));
  // A guide whose src has not answered yet says so in the page's language.
  const restore = neverAnswer();
  try {
    const waiting = await fixture<HTMLElement>(html`<div lang=${lang}><care-guide src="/never-answers.json"></care-guide></div>`);
    const guide = waiting.querySelector('care-guide')!;
    await guide.updateComplete;
    texts.push(shadowText([guide]));
  } finally {
    restore();
  }
  return texts.join('\n');
}

/** The English words of the strings table that the text still holds, whole words and any case. */
function englishWordsIn(text: string, lang: Lang): string[] {
  const words = new Set(
    Object.values(en)
      .flatMap((value: string) => value.replace(/\{\w+\}/g, ' ').toLowerCase().match(/\p{L}+/gu) ?? [])
      .filter((word) => !COGNATES[lang]?.includes(word)),
  );
  return [...words].filter((word) => new RegExp(`(?<!\\p{L})${word}(?!\\p{L})`, 'iu').test(text));
}

/**
 * Each phrase of a table that the text lacks: the fixed parts of every phrase around its
 * placeholders, and of a phrase with a count the forms that counts of 1 and 2 take in the language.
 */
function phrasesMissingFrom(text: string, strings: CareStrings, lang: string): string[] {
  const rules = new Intl.PluralRules(lang);
  const shown = new Set([1, 2].map((n) => `searchResults_${rules.select(n)}`));
  return Object.entries(strings as unknown as Record<string, string>)
    .filter(([key]) => !key.startsWith('searchResults_') || shown.has(key))
    .flatMap(([key, value]) =>
      value
        .split(/\{\w+\}/)
        .map((part) => part.trim())
        .filter((part) => part && !text.includes(part))
        .map((part) => `${key}: "${part}"`),
    );
}

describe('languages', () => {
  const clock = useStatusClock();
  describe('en', () => {
    it('shows every phrase of the English table: the states below show every word', async () => {
      const text = await renderEveryWord('en', clock);
      expect(phrasesMissingFrom(text, en, 'en')).to.deep.equal([]);
    });
  });

  for (const [lang, file] of Object.entries(LANGUAGES) as [Lang, string][]) {
    describe(lang, () => {
      // A page's own words for a region of the language, registered before the built-in ones load.
      const region = `${lang}-XA`;
      before(() => registerStrings(region, { sources: '[XA]' }));

      it('shows every word in the language and none of the English table, loading its words once', async () => {
        expect(fetches(file), 'fetched before the page used the language').to.equal(0);
        const text = await renderEveryWord(lang, clock);
        expect(englishWordsIn(text, lang)).to.deep.equal([]);
        expect(phrasesMissingFrom(text, stringsFor(lang), lang)).to.deep.equal([]);
        expect(fetches(file), 'fetches of its words by eight elements').to.equal(1);
      });

      it('keeps the words a page registered before its own ones loaded', () => {
        expect([stringsFor(region).sources, stringsFor(region).showAll]).to.deep.equal(['[XA]', stringsFor(lang).showAll]);
        expect(stringsFor(region).showAll).to.not.equal(en.showAll);
      });

      it('has a phrase of its own for every key English has', async () => {
        await loadStrings(lang);
        const strings = stringsFor(lang);
        const words = (key: keyof CareStrings) => /\p{L}/u.test(en[key]!.replace(/\{\w+\}/g, ''));
        const untranslated = (Object.keys(en) as (keyof CareStrings)[]).filter(
          (key) => words(key) && strings[key] === en[key] && !COGNATES[lang]?.includes(en[key]!.toLowerCase()),
        );
        expect(untranslated, 'keys still in English').to.deep.equal([]);
      });
    });
  }

  describe('plural forms', () => {
    const results = (lang: string, count: number) => plural(stringsFor(lang), lang, 'searchResults', count, { total: 100 });

    it('gives Arabic each of its six forms', async () => {
      await loadStrings('ar');
      expect([0, 1, 2, 3, 11, 100].map((n) => results('ar', n))).to.deep.equal([
        'لا يوجد سؤال مطابق من أصل 100',
        'سؤال واحد مطابق من أصل 100',
        'سؤالان مطابقان من أصل 100',
        '3 أسئلة مطابقة من أصل 100',
        '11 سؤالًا مطابقًا من أصل 100',
        '100 سؤال مطابق من أصل 100',
      ]);
    });

    it('gives Spanish, French, German and Chinese their one and other forms', async () => {
      await Promise.all(['es', 'fr', 'de', 'zh-Hans'].map(loadStrings));
      expect(['es', 'fr', 'de', 'zh-Hans'].map((lang) => [results(lang, 1), results(lang, 2)])).to.deep.equal([
        ['1 de 100 preguntas coincide con la búsqueda', '2 de 100 preguntas coinciden con la búsqueda'],
        ['1 question sur 100 correspond à la recherche', '2 questions sur 100 correspondent à la recherche'],
        ['1 von 100 Fragen passt zur Suche', '2 von 100 Fragen passen zur Suche'],
        ['100个问题中有1个符合搜索条件', '100个问题中有2个符合搜索条件'],
      ]);
    });

    it('writes counts with the digits of the reader’s region', async () => {
      await loadStrings('ar-EG');
      expect(results('ar-EG', 3)).to.equal('٣ أسئلة مطابقة من أصل ١٠٠');
    });

    it('takes a registered phrase’s forms as one set, falling back to its other form', () => {
      registerStrings('pl', { searchResults_one: '{count} pytanie z {total}', searchResults_other: '{count} z {total}' });
      // Polish has one, few, many and other: the forms not given fall back to other, never to English.
      expect([1, 3, 5].map((n) => results('pl', n))).to.deep.equal(['1 pytanie z 100', '3 z 100', '5 z 100']);
    });
  });

  describe('choosing a table', () => {
    it('serves Simplified Chinese to zh, zh-CN and zh-SG, and not to readers of Traditional characters', async () => {
      await Promise.all(['zh', 'zh-CN', 'zh-SG', 'zh-TW', 'zh-Hant'].map(loadStrings));
      expect(['zh', 'zh-CN', 'zh-SG', 'zh-Hans', 'zh-TW', 'zh-Hant'].map((lang) => stringsFor(lang).showAll)).to.deep.equal([
        '全部展开', '全部展开', '全部展开', '全部展开', 'Show all', 'Show all',
      ]);
    });

    it('serves a regional language its primary language’s table', async () => {
      await loadStrings('es-MX');
      expect([stringsFor('es-MX').sources, stringsFor('de-AT').sources]).to.deep.equal(['Fuentes', 'Quellen']);
    });
  });

  describe('registerStrings', () => {
    it('wins over the built-in words once they have loaded', async () => {
      await loadStrings('de');
      registerStrings('de', { showAll: 'Alle Antworten zeigen' });
      registerStrings('de', { hideAll: 'Alle Antworten verbergen' });
      expect([stringsFor('de').showAll, stringsFor('de').hideAll, stringsFor('de').sources]).to.deep.equal([
        'Alle Antworten zeigen',
        'Alle Antworten verbergen',
        'Quellen',
      ]);
    });

    it('wins for a page in a region of the language and through its primary tag', async () => {
      registerStrings('zh', { sources: '资料来源' });
      registerStrings('es-MX', { showAll: 'Ver todo' });
      await Promise.all([loadStrings('zh-CN'), loadStrings('es-MX')]);
      const el = await fixture<CareFaqAccordion>(html`<care-faq-accordion lang="es-MX" toggle-all .items=${guideIn('en').faqs!.items}></care-faq-accordion>`);
      expect(el.shadowRoot!.querySelector('[part="toggle-all-button"]')!.textContent!.trim()).to.equal('Ver todo');
      expect([stringsFor('zh-CN').sources, stringsFor('zh-CN').showAll]).to.deep.equal(['资料来源', '全部展开']);
    });

    it('serves the words a page registered for zh-Hans to zh-CN and zh-SG pages, as it serves the built-in table', () => {
      registerStrings('zh-Hans', { hideAll: '收起所有回答' });
      expect(['zh-CN', 'zh-SG', 'zh-TW'].map((lang) => stringsFor(lang).hideAll)).to.deep.equal(['收起所有回答', '收起所有回答', en.hideAll]);
    });
  });
});

describe('language chunks in the build', () => {
  const read = async (path: string) => {
    const response = await fetch(path);
    if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
    return response.text();
  };
  /** The modules a built file imports statically, followed through relative imports. */
  async function staticGraph(entry: string): Promise<string[]> {
    const seen = new Set<string>();
    const visit = async (url: URL) => {
      if (seen.has(url.pathname)) return;
      seen.add(url.pathname);
      const code = await read(url.pathname);
      for (const [, specifier] of code.matchAll(/\b(?:import|export)\s*(?:[^'"();]*?\bfrom\s*)?["']([^"']+)["']/g)) {
        const target = new URL(specifier, url);
        // Lit and the other dependencies are the page's to load; the graph of interest is the package's own.
        if (target.pathname.startsWith('/dist/')) await visit(target);
      }
    };
    await visit(new URL(entry, location.origin));
    return [...seen];
  }

  it('are no static import of any element, and load from the strings module by import()', async () => {
    const entries = ['index', 'guide', 'guide-header', 'faq-accordion', 'procedure-timeline', 'risk-list', 'benefits-card', 'topic-list', 'review-note']
      .map((name) => (name === 'index' ? '/dist/index.js' : `/dist/${name}/define.js`));
    const graphs = await Promise.all(entries.map(staticGraph));
    const languageModules = graphs.flat().filter((path) => /\/strings\/(?!en\.js)/.test(path));
    expect(languageModules).to.deep.equal([]);
    expect(graphs[0], 'the package entry reaches the loader').to.include('/dist/internal/strings.js');
    const loader = await read('/dist/internal/strings.js');
    // The test server writes relative imports as "./../"; the file on disk has "../".
    const loads = (file: string) => new RegExp(`import\\('(\\./)?\\.\\./strings/${file}\\.js'\\)`).test(loader);
    expect(Object.values(LANGUAGES).filter((file) => !loads(file)), 'languages without an import()').to.deep.equal([]);
  });

  it('sit beside the CDN bundle, which holds none of their words', async () => {
    const bundle = await read('/dist/cdn/care-elements.js');
    for (const [lang, file] of Object.entries(LANGUAGES)) {
      const chunk = await read(`/dist/cdn/strings/${file}.js`);
      await loadStrings(lang);
      const { searchLabel } = stringsFor(lang);
      expect(chunk, `${file}.js`).to.contain(searchLabel);
      expect(bundle, 'care-elements.js').to.not.contain(searchLabel);
      expect(bundle).to.contain(`import("./strings/${file}.js")`);
    }
  });
});
