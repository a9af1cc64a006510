import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { isDate, validateGuide, validateItems } from '../src/content/validate.js';
import type { Frequency, Guide, Risk, ValidGuide } from '../src/content/types.js';
import { foldText, slugify } from '../src/content/slug.js';
import { safeUrl } from '../src/content/safe-url.js';

const minimal = { schemaVersion: 1, id: 'g', lang: 'en', title: 'A guide' };
const paths = (problems: { path: string }[]) => problems.map((p) => p.path);

describe('validateGuide', () => {
  it('accepts a minimal guide with no problems', () => {
    const { value, problems } = validateGuide(minimal);
    expect(problems).to.deep.equal([]);
    expect(value).to.include({ id: 'g', lang: 'en', title: 'A guide' });
  });

  it('refuses a document that is not an object', () => {
    for (const raw of [null, 'text', 3, []]) {
      const { value, problems } = validateGuide(raw);
      expect(value).to.equal(undefined);
      expect(problems[0].message).to.equal('expected a guide object');
    }
  });

  it('refuses an unknown schemaVersion, naming it', () => {
    const { value, problems, version } = validateGuide({ ...minimal, schemaVersion: 3 });
    expect(value).to.equal(undefined);
    expect(version).to.equal(undefined);
    expect(problems).to.deep.equal([{ path: 'schemaVersion', message: 'expected 1 or 2, got 3' }]);
  });

  it('names each missing required field and still returns the guide', () => {
    const { value, problems } = validateGuide({ schemaVersion: 1 });
    expect(paths(problems)).to.deep.equal(['title', 'lang', 'id']);
    expect(value).to.not.equal(undefined);
  });

  it('rejects a lang that is not a BCP 47 tag', () => {
    const { problems } = validateGuide({ ...minimal, lang: 'not a language' });
    expect(paths(problems)).to.deep.equal(['lang']);
  });

  it('rejects a lastReviewed that is not a real YYYY-MM-DD date', () => {
    for (const date of ['2024-13-01', '2024-02-30', '25 Nov 2026', '2026-1-5']) {
      expect(paths(validateGuide({ ...minimal, lastReviewed: date }).problems)).to.deep.equal(['lastReviewed']);
    }
    expect(validateGuide({ ...minimal, lastReviewed: '2024-02-29' }).problems).to.deep.equal([]);
  });

  it('names the exact path of an empty question and keeps the other questions', () => {
    const faqs = {
      items: [
        { question: 'One?', answer: 'Yes.' },
        { question: 'Two?', answer: 'Yes.' },
        { question: 'Three?', answer: 'Yes.' },
        { question: '  ', answer: 'Orphan.' },
      ],
    };
    const { value, problems } = validateGuide({ ...minimal, faqs });
    expect(problems).to.deep.equal([{ path: 'faqs.items[3].question', message: 'expected non-empty text; the item is left out' }]);
    expect(value!.faqs!.items.map((i) => i.question)).to.deep.equal(['One?', 'Two?', 'Three?']);
  });

  it('drops a section without an items list and keeps the others', () => {
    const { value, problems } = validateGuide({
      ...minimal,
      risks: { title: 'Risks' },
      benefits: { items: [{ title: 'Less pain' }] },
    });
    expect(problems).to.deep.equal([{ path: 'risks.items', message: 'expected a list' }]);
    expect(value!.risks).to.equal(undefined);
    expect(value!.benefits!.items).to.have.length(1);
  });

  it('reports a section that is not an object', () => {
    expect(paths(validateGuide({ ...minimal, tips: 'be careful' }).problems)).to.deep.equal(['tips']);
  });

  it('drops an unknown severity but keeps the risk', () => {
    const { value, problems } = validateGuide({
      ...minimal,
      risks: { items: [{ title: 'Infection', severity: 'extreme' }] },
    });
    expect(paths(problems)).to.deep.equal(['risks.items[0].severity']);
    expect(value!.risks!.items[0]).to.deep.equal({ id: 'infection', title: 'Infection' });
  });

  it('reports a non-text optional field and keeps the item', () => {
    const { value, problems } = validateGuide({
      ...minimal,
      procedure: { items: [{ title: 'Injection', duration: 30 }] },
    });
    expect(paths(problems)).to.deep.equal(['procedure.items[0].duration']);
    expect(value!.procedure!.items[0].title).to.equal('Injection');
  });

  it('says what came where text belongs, so that a number is not read as a missing field', () => {
    const { problems } = validateGuide({
      ...minimal,
      title: 42,
      summary: ['x'],
      lastReviewed: 20260601,
      risks: { items: [{ title: 'Infection', severity: 3 }] },
      recovery: { items: [{ title: 7 }] },
    });
    expect(problems).to.deep.include.members([
      { path: 'title', message: 'expected text, got 42' },
      // An item's required field: the item is left out, and its problem says so.
      { path: 'recovery.items[0].title', message: 'expected text, got 7; the item is left out' },
      { path: 'summary', message: 'expected text, got a list' },
      { path: 'lastReviewed', message: 'expected a date as YYYY-MM-DD, in the years 1900 to 2100, got 20260601' },
      { path: 'risks.items[0].severity', message: 'expected one of "low", "moderate", "high", got 3' },
    ]);
    const v2 = validateGuide({ ...minimal, schemaVersion: 2, benefits: { items: [{ title: 'Less pain', evidence: { level: 'limited', note: 7 } }] } });
    expect(v2.problems).to.deep.equal([{ path: 'benefits.items[0].evidence.note', message: 'expected text, got 7' }]);
  });

  it('derives unique ids across the whole guide, explicit ids first', () => {
    const { value, problems } = validateGuide({
      ...minimal,
      benefits: { items: [{ title: 'Cost' }] },
      risks: { items: [{ title: 'Cost' }, { id: 'cost', title: 'Price' }] },
    });
    expect(problems).to.deep.equal([]);
    expect(value!.benefits!.items[0].id).to.equal('cost-2');
    expect(value!.risks!.items.map((i) => i.id)).to.deep.equal(['cost-3', 'cost']);
  });

  it('reports duplicate and malformed explicit ids', () => {
    const { value, problems } = validateGuide({
      ...minimal,
      faqs: {
        items: [
          { id: 'same', question: 'A?', answer: 'a' },
          { id: 'same', question: 'B?', answer: 'b' },
          { id: 'has space', question: 'C?', answer: 'c' },
        ],
      },
    });
    expect(paths(problems)).to.deep.equal(['faqs.items[2].id', 'faqs.items[1].id']);
    expect(value!.faqs!.items.map((i) => i.id)).to.deep.equal(['same', 'same-2', 'c']);
  });

  it('drops a source URL that is not http(s), mailto or tel, keeping the source', () => {
    const { value, problems } = validateGuide({
      ...minimal,
      sources: [{ title: 'Bad', url: 'javascript:alert(1)' }, { title: 'Good', url: 'https://example.org/' }],
    });
    expect(paths(problems)).to.deep.equal(['sources[0].url']);
    expect(value!.sources).to.deep.equal([{ title: 'Bad' }, { title: 'Good', url: 'https://example.org/' }]);
  });

  it('drops a URL with a user name or password before "@", saying so, keeping the source', () => {
    const urls = ['https://clinic.example@evil.example/', 'https://user:pass@host.example/', '//clinic.example@evil.example/'];
    const fine = ['https://x.example/@clinic', 'mailto:clinic@example.org'];
    const { value, problems } = validateGuide({ ...minimal, sources: [...urls, ...fine].map((url) => ({ title: 'S', url })) });
    const message = 'a user name or password before "@" hides the site a link opens; dropped';
    expect(problems).to.deep.equal(urls.map((_, i) => ({ path: `sources[${i}].url`, message })));
    expect(value!.sources).to.deep.equal([...urls.map(() => ({ title: 'S' })), ...fine.map((url) => ({ title: 'S', url }))]);
  });

  it('keeps a tel: or mailto: URL with spaces as written, without a problem', () => {
    const urls = ['tel:+44 20 7946 0000', 'mailto:clinic@example.org?subject=Back pain question'];
    const { value, problems } = validateGuide({ ...minimal, sources: urls.map((url) => ({ title: 'S', url })) });
    expect(problems).to.deep.equal([]);
    expect(value!.sources).to.deep.equal(urls.map((url) => ({ title: 'S', url })));
  });

  it('drops a URL with a space or a backslash inside, saying so, keeping the source', () => {
    const urls = ['https ://www.has-sante.fr/', 'https://a.org/a b', '/\\evil.example', '\\\\evil.example\\x', 'tel :+44 20', 'tel:+44\t20'];
    const { value, problems } = validateGuide({ ...minimal, sources: urls.map((url) => ({ title: 'Typo', url })) });
    const message = 'not an http(s), mailto, tel or relative link without spaces or backslashes; dropped';
    expect(problems).to.deep.equal(urls.map((_, i) => ({ path: `sources[${i}].url`, message })));
    expect(value!.sources).to.deep.equal(urls.map(() => ({ title: 'Typo' })));
  });

  it('drops an http(s) URL without "//" after its scheme, saying so, keeping the source', () => {
    const urls = ['https:evil.example', 'HTTPS:evil.example/x', 'http:/evil.example', 'Http:evil.example'];
    const fine = ['https://a.org/', 'HTTP://A.ORG/', '//a.org/x', 'page.html'];
    const { value, problems } = validateGuide({ ...minimal, sources: [...urls, ...fine].map((url) => ({ title: 'S', url })) });
    const schemes = ['https:', 'HTTPS:', 'http:', 'Http:'];
    expect(problems).to.deep.equal(schemes.map((scheme, i) => ({ path: `sources[${i}].url`, message: `expected "//" after "${scheme}"; dropped` })));
    expect(value!.sources).to.deep.equal([...urls.map(() => ({ title: 'S' })), ...fine.map((url) => ({ title: 'S', url }))]);
  });

  it('drops a URL with half of a surrogate pair, naming it, keeping the source; a whole pair is a character', () => {
    const { value, problems } = validateGuide({
      ...minimal,
      sources: ['https://a.org/\ud800', '/guide\udc00', 'https://a.org/\ud83d\ude00'].map((url) => ({ title: 'S', url })),
    });
    expect(problems).to.deep.equal([
      { path: 'sources[0].url', message: 'contains a lone surrogate U+D800, half of a character; dropped' },
      { path: 'sources[1].url', message: 'contains a lone surrogate U+DC00, half of a character; dropped' },
    ]);
    expect(value!.sources).to.deep.equal([{ title: 'S' }, { title: 'S' }, { title: 'S', url: 'https://a.org/\ud83d\ude00' }]);
  });

  it('names a control character in text, shows it as U+FFFD and keeps the item; a tab or a line break is text', () => {
    const { value, problems } = validateGuide({
      ...minimal,
      schemaVersion: 2,
      title: 'Back\u0000 pain',
      summary: 'Tabs\tand\r\nbreaks stay.',
      faqs: { items: [{ question: 'Is it safe?\u001b', answer: 'Ask\u0007 your\u000b doctor\u0000.' }] },
      benefits: { items: [{ title: 'Less pain', evidence: { level: 'limited', note: 'Two\u0001 trials' } }] },
      // Windows-1252's apostrophe read as Latin-1, and a DEL.
      risks: { items: [{ title: 'It may not work', description: 'It doesn\u0092t always help\u007f.' }] },
    });
    expect(problems).to.deep.equal([
      { path: 'title', message: 'contains a control character U+0000; shown as "�" (U+FFFD)' },
      { path: 'benefits.items[0].evidence.note', message: 'contains a control character U+0001; shown as "�" (U+FFFD)' },
      { path: 'risks.items[0].description', message: 'contains a control character U+0092; shown as "’" (U+2019)' },
      { path: 'faqs.items[0].question', message: 'contains a control character U+001B; shown as "�" (U+FFFD)' },
      { path: 'faqs.items[0].answer', message: 'contains a control character U+0007; shown as "�" (U+FFFD)' },
    ]);
    expect(value).to.include({ title: 'Back\uFFFD pain', summary: 'Tabs\tand\r\nbreaks stay.' });
    expect(value!.faqs!.items[0]).to.include({ question: 'Is it safe?\uFFFD', answer: 'Ask\uFFFD your\uFFFD doctor\uFFFD.' });
    expect(value!.benefits!.items[0].evidence).to.deep.equal({ level: 'limited', note: 'Two\uFFFD trials' });
    expect(value!.risks!.items[0].description).to.equal('It doesn’t always help\uFFFD.');
  });

  it('keeps 30 combining marks in a row and drops the rest, naming each field once, as Unicode\'s stream-safe text does', () => {
    // Skin-tone modifiers and invisible format characters pile up with them: Chromium shapes each such run as one.
    const pile = (n: number, mark = '\u0301') => mark.repeat(n);
    const hidden = `e${`${pile(30)}\u200c`.repeat(3)}`;
    const { value, problems } = validateGuide({
      ...minimal,
      schemaVersion: 2,
      title: `e${pile(20_000)}`,
      summary: `Thirty${pile(30)} stay.`,
      faqs: { items: [{ question: `Q${pile(31, '\u0300')}?`, answer: `Two${pile(40)} piles${pile(50, '\u0489')}.` }] },
      benefits: { items: [{ title: 'Less pain', evidence: { level: 'limited', note: `n${pile(100, '\u{1d167}')}` } }] },
      risks: { items: [{ title: `👍${pile(2_000, '\u{1f3fb}')}`, description: `Hidden ${hidden}.` }] },
    });
    // Each field once, with the length of its first pile.
    const piles: [string, number][] = [
      ['title', 20_000],
      ['benefits.items[0].evidence.note', 100],
      ['risks.items[0].title', 2_000],
      ['risks.items[0].description', 93],
      ['faqs.items[0].question', 31],
      ['faqs.items[0].answer', 40],
    ];
    expect(problems).to.deep.equal(piles.map(([path, n]) => ({ path, message: `has ${n} combining marks in a row; only the first 30 are shown` })));
    expect(value).to.include({ title: `e${pile(30)}`, summary: `Thirty${pile(30)} stay.` });
    expect(value!.faqs!.items[0]).to.include({ question: `Q${pile(30, '\u0300')}?`, answer: `Two${pile(30)} piles${pile(30, '\u0489')}.` });
    expect(value!.benefits!.items[0].evidence).to.deep.equal({ level: 'limited', note: `n${pile(30, '\u{1d167}')}` });
    expect(value!.risks!.items[0]).to.include({ title: `👍${pile(30, '\u{1f3fb}')}`, description: `Hidden e${pile(30)}.` });
  });

  it('leaves the marks of every script as written: Vietnamese, Hindi, Arabic, Hebrew, Tibetan, emoji, flags and invisible formatting', () => {
    const texts = [
      'Tiếng Việt: đau lưng, tiêm tế bào gốc',
      'Tiếng Việt: đau lưng'.normalize('NFD'),
      'पीठ दर्द के लिए स्टेम सेल इंजेक्शन; क्षत्रिय, द्व्यर्थक',
      'بِسْمِ ٱللَّٰهِ ٱلرَّحْمَٰنِ ٱلرَّحِيمِ',
      'בְּרֵאשִׁ֖ית בָּרָ֣א אֱלֹהִ֑ים',
      'ཨོཾ་མ་ཎི་པདྨེ་ཧཱུྃ། བསྒྲུབས། ཀྵྨྱཱྀཾ',
      'Family 👨‍👩‍👧‍👦, doctor 👩🏽‍⚕️, handshake 👨🏻‍🤝‍👨🏿, 🏳️‍🌈, keycap 1️⃣, 🇫🇷🇯🇵, 🏴󠁧󠁢󠁥󠁮󠁧󠁿',
      'Stamm\u00adzell\u00adinjektion; call \u2066+44 20 7946 0000\u2069; שלום\u200f (hello)',
    ];
    for (const text of texts) {
      const { value, problems } = validateGuide({ ...minimal, title: text, faqs: { items: [{ question: text, answer: text }] } });
      expect(problems, text).to.deep.equal([]);
      expect(value!.title, text).to.equal(text);
      expect(value!.faqs!.items[0], text).to.include({ question: text, answer: text });
    }
  });

  it('ignores unknown fields', () => {
    const { value, problems } = validateGuide({ ...minimal, futureField: { x: 1 } });
    expect(problems).to.deep.equal([]);
    expect(value).to.not.have.property('futureField');
  });

  it('gives explicit ids first claim, so a later explicit "x-2" is not taken by a duplicate "x"', () => {
    const { value, problems } = validateGuide({
      ...minimal,
      tips: { items: [{ id: 'x', title: 'A' }, { id: 'x', title: 'B' }, { id: 'x-2', title: 'C' }, { title: 'X' }] },
    });
    expect(value!.tips!.items.map((i) => i.id)).to.deep.equal(['x', 'x-3', 'x-2', 'x-4']);
    expect(problems).to.deep.equal([{ path: 'tips.items[1].id', message: 'duplicate id "x"; "x-3" was used instead' }]);
  });

  it('numbers 20,000 identical questions in one pass, without freezing the page', () => {
    const items = Array.from({ length: 20_000 }, () => ({ question: 'Is it safe?', answer: 'Ask your doctor.' }));
    const { value, problems } = validateGuide({ ...minimal, faqs: { items } });
    expect(problems).to.deep.equal([]);
    const ids = value!.faqs!.items.map((i) => i.id);
    expect(ids.slice(0, 3)).to.deep.equal(['is-it-safe', 'is-it-safe-2', 'is-it-safe-3']);
    expect(ids.at(-1)).to.equal('is-it-safe-20000');
    expect(new Set(ids).size).to.equal(20_000);
  });

  it('checks an item citing 100,000 sources in one pass, without freezing the page', function () {
    this.timeout(60_000);
    const sources = Array.from({ length: 100_000 }, (_, i) => ({ id: `s${i}`, title: 'A study' }));
    const risks = { items: [{ title: 'Infection', sources: sources.map((s) => s.id) }] };
    const started = performance.now();
    const { value, problems } = validateGuide({ ...minimal, schemaVersion: 2, sources, risks });
    const elapsed = performance.now() - started;
    expect(problems).to.deep.equal([]);
    expect(value!.risks!.items[0].sources).to.have.length(100_000);
    // Linear takes about 0.1 s; a check against the list read so far takes 10 s and more.
    expect(elapsed, 'milliseconds').to.be.below(2_000);
  });

  it('reads null in an optional field as absent, as CMS exports write an empty one', () => {
    const source = { id: 'has-2024', title: 'Guidelines', publisher: null, url: null, quote: null, lang: null };
    const risk = { id: null, title: 'Infection', description: null, severity: null, frequency: null, sources: null };
    const benefit = { title: 'Less pain', evidence: { level: 'limited', note: null } };
    const nulls = { summary: null, lastReviewed: null, nextReview: null, reviewedBy: null, disclaimer: null };
    const { value, problems } = validateGuide({
      ...minimal, schemaVersion: 2, ...nulls, sources: [source],
      risks: { title: null, intro: null, items: [risk] }, benefits: { items: [benefit] }, faqs: null, tips: null,
    });
    expect(problems).to.deep.equal([]);
    expect(value).to.deep.equal({
      ...minimal, schemaVersion: 2, sources: [{ id: 'has-2024', title: 'Guidelines' }],
      risks: { items: [{ id: 'infection', title: 'Infection' }] },
      benefits: { items: [{ id: 'less-pain', title: 'Less pain', evidence: { level: 'limited' } }] },
    });
    expect(validateGuide({ ...minimal, sources: null }).problems).to.deep.equal([]);
  });

  it('types null as absent where content is written, never in a validated guide', () => {
    const written: Guide = { ...minimal, schemaVersion: 2, summary: null, risks: { title: null, items: [{ title: 'Infection', severity: null }] } };
    // @ts-expect-error a validated guide has no null in it
    const validated: ValidGuide = { ...minimal, schemaVersion: 2, summary: null };
    // @ts-expect-error a rate is "count in per": one without the other is no rate, as the schema says
    const half: Frequency = { band: 'common', count: 1 };
    const risk: Risk = { title: 'Infection', frequency: { band: 'uncommon', count: 1, per: 136 } };
    expect(validateGuide(written).problems).to.deep.equal([]);
    expect(paths(validateGuide(validated).problems)).to.deep.equal([]);
    expect(paths(validateGuide({ ...minimal, schemaVersion: 2, risks: { items: [{ title: 'R', frequency: half }, risk] } }).problems)).to.deep.equal(['risks.items[0].frequency.per']);
  });

  it('reports a next review before the last one, naming nextReview, and shows both', () => {
    const { value, problems } = validateGuide({ ...minimal, lastReviewed: '2026-03-01', nextReview: '2020-01-01' });
    expect(problems).to.deep.equal([{ path: 'nextReview', message: '"2020-01-01" is before lastReviewed, "2026-03-01"; both are shown' }]);
    expect(value).to.include({ lastReviewed: '2026-03-01', nextReview: '2020-01-01' });
    expect(validateGuide({ ...minimal, lastReviewed: '2026-03-01', nextReview: '2026-03-01' }).problems).to.deep.equal([]);
  });

  it('keeps a source’s link #source-<id> its own: an item id that names it is reported and numbered on', () => {
    const { value, problems } = validateGuide({
      ...minimal, schemaVersion: 2,
      sources: [{ id: 'has-2024', title: 'Guidelines' }],
      faqs: { items: [{ id: 'source-has-2024', question: 'Is it safe?', answer: 'Ask.' }, { question: 'Source HAS 2024', answer: 'A derived id moves too.' }] },
    });
    expect(problems).to.deep.equal([{ path: 'faqs.items[0].id', message: 'id "source-has-2024" is the link to a source; "source-has-2024-2" was used instead' }]);
    expect(value!.faqs!.items.map((i) => i.id)).to.deep.equal(['source-has-2024-2', 'source-has-2024-3']);
    expect(value!.sources![0].id).to.equal('has-2024');
  });

  it('names the tag a locale code as CMSs write it means', () => {
    expect(validateGuide({ ...minimal, lang: 'en_US' }).problems).to.deep.equal([{ path: 'lang', message: 'expected a BCP 47 language tag: "en-US"?' }]);
    expect(validateGuide({ ...minimal, schemaVersion: 2, sources: [{ title: 'S', lang: 'pt_br' }] }).problems).to.deep.equal([
      { path: 'sources[0].lang', message: 'expected a BCP 47 language tag: "pt-BR"?' },
    ]);
    expect(validateGuide({ ...minimal, lang: 'not a language' }).problems[0].message).to.equal('expected a BCP 47 language tag such as "pt-BR"');
  });

  it('keeps markup-looking text as the same text', () => {
    const question = '<img src=x onerror=alert(1)>';
    const { value } = validateGuide({ ...minimal, faqs: { items: [{ question, answer: '<b>hi</b>' }] } });
    expect(value!.faqs!.items[0]).to.include({ question, answer: '<b>hi</b>' });
  });
});

describe('validateGuide on values no JSON parser makes', () => {
  const deep = (depth: number) => {
    let value: unknown = [];
    for (let i = 0; i < depth; i++) value = [value];
    return value;
  };

  it('describes a BigInt, a circular or a deeply nested schemaVersion without serialising it', () => {
    const circular: Record<string, unknown> = {};
    circular.self = circular;
    const cases: [unknown, string][] = [
      [10n, 'expected 1 or 2, got 10n'],
      [circular, 'expected 1 or 2, got an object'],
      [deep(200_000), 'expected 1 or 2, got a list'],
      [Symbol('v'), 'expected 1 or 2, got a symbol'],
      [undefined, 'expected 1 or 2, got nothing'],
      ['1', 'expected 1 or 2, got "1"'],
    ];
    for (const [schemaVersion, message] of cases) {
      expect(validateGuide({ ...minimal, schemaVersion }).problems).to.deep.equal([{ path: 'schemaVersion', message }]);
    }
  });

  it('keeps a 1 MB value out of its message', () => {
    const { problems } = validateGuide({ ...minimal, schemaVersion: 'v'.repeat(1 << 20) });
    expect(problems[0].message.length).to.be.lessThan(120);
    const long = validateGuide({ ...minimal, faqs: { items: [{ id: 'a'.repeat(1 << 20), question: 'Q', answer: 'A' }, { id: 'a'.repeat(1 << 20), question: 'Q', answer: 'A' }] } });
    expect(long.problems).to.have.length(1);
    expect(long.problems[0].message.length).to.be.lessThan(200);
  });

  it('reports a value that throws when read as a (document) problem instead of throwing', () => {
    const trap = new Proxy({}, { get: () => { throw new Error('no reading me'); } });
    const revoked = Proxy.revocable({}, {});
    revoked.revoke();
    for (const raw of [trap, { ...minimal, faqs: trap }, { ...minimal, faqs: { items: [trap] } }, { ...minimal, tips: revoked.proxy }]) {
      const { value, problems } = validateGuide(raw);
      expect(value).to.equal(undefined);
      expect(problems).to.have.length(1);
      expect(problems[0].path).to.equal('');
      expect(problems[0].message).to.match(/^could not be read/);
    }
    expect(validateItems('faq', [trap]).problems[0].path).to.equal('');
  });
});

describe('isDate', () => {
  it('accepts real dates between 1900 and 2100 only, so a two-digit year is never read as 19xx', () => {
    for (const date of ['1900-01-01', '2024-02-29', '2100-12-31']) expect(isDate(date), date).to.equal(true);
    for (const date of ['0025-06-01', '0099-12-31', '1899-12-31', '2101-01-01', '9999-01-01']) expect(isDate(date), date).to.equal(false);
    expect(paths(validateGuide({ ...minimal, lastReviewed: '0025-06-01' }).problems)).to.deep.equal(['lastReviewed']);
  });
});

describe('validateItems', () => {
  it('names paths from the given base and reports a non-list', () => {
    expect(validateItems('faq', 'nope').problems).to.deep.equal([{ path: 'items', message: 'expected a list' }]);
    const result = validateItems('step', [{ title: 'A' }, 7, { description: 'no title' }], 'care-step');
    expect(paths(result.problems)).to.deep.equal(['care-step[1]', 'care-step[2].title']);
    expect(result.indexes).to.deep.equal([0]);
  });
});

describe('slugify', () => {
  it('makes stable, URL-safe slugs', () => {
    expect(slugify('Is it FDA-approved?')).to.equal('is-it-fda-approved');
    expect(slugify('Ça coûte combien ?')).to.equal('ca-coute-combien');
    expect(slugify('???')).to.equal('item');
  });

  // Each as slugify gave it when it folded the whole text before cutting it to 60 characters.
  const tricky: [string, string][] = [
    ['¿Cuánto cuesta la inyección?', 'cuanto-cuesta-la-inyeccion'],
    ['ﬁnancial ﬂow, ①②③ steps', 'financial-flow-123-steps'],
    ['🩺💉 What happens on the day?', 'what-happens-on-the-day'],
    ['干细胞注射安全吗？', 'item'],
    ['Does it hurt? 会痛吗', 'does-it-hurt'],
    ['هل الحقن آمن؟', 'item'],
    ['İstanbul ΣΟΦΙΑΣ', 'istanbul'],
    [`${'!'.repeat(200)} Then the words`, 'then-the-words'],
    [`${' '.repeat(61)}late`, 'late'],
    ['a'.repeat(60), 'a'.repeat(60)],
    ['a'.repeat(61), 'a'.repeat(60)],
    [`${'a'.repeat(59)}-b`, 'a'.repeat(59)],
    [`${'a'.repeat(59)}é`, `${'a'.repeat(59)}e`],
    ['e\u0301'.repeat(70), 'e'.repeat(60)],
    // The 60th character is 𝐀, two UTF-16 halves that fold to "a" together.
    [`${'a'.repeat(59)}𝐀𝐁𝐂`, 'a'.repeat(60)],
  ];

  it('gives the slugs it gave when it folded the whole text: accents, emoji, CJK, leading punctuation, the 60th character', () => {
    for (const [text, slug] of tricky) expect(slugify(text), text.slice(0, 70)).to.equal(slug);
  });

  it('gives any text, at any length, the slug of the whole text folded at once', function () {
    this.timeout(60_000);
    const wholeText = (text: string, max: number) =>
      foldText(text).replace(/[^a-z0-9]+/g, '-').slice(0, max).replace(/^-+|-+$/g, '') || 'item';
    const piece = fc.oneof(
      fc.constantFrom('a', 'Z', '7', 'é', 'e\u0301', '\u0301', 'ﬁ', '①', '㎒', '𝐀', '\uD835', '🩺', '干', 'Σ', ' ', '!', '-', '…'),
      fc.string({ unit: 'binary', maxLength: 3 }),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 120 }), fc.integer({ min: 1, max: 40 }), (pieces, max) => {
        const text = pieces.join('');
        return slugify(text, max) === wholeText(text, max);
      }),
      { numRuns: 1000 },
    );
  });

  it('slugs a 10 MB question in milliseconds, folding only the words the slug uses', function () {
    this.timeout(60_000); // folding all of it takes seconds: let that finish and fail on its time
    const words = '¿Por qué me duele la espalda después? ';
    // Read from JSON, as a guide's questions are; accents, as folding them all takes half a second or more.
    const question = JSON.parse(JSON.stringify(words.repeat(Math.ceil(10_000_000 / words.length)))) as string;
    const times = [0, 1, 2].map(() => {
      const started = performance.now();
      expect(slugify(question)).to.equal('por-que-me-duele-la-espalda-despues-por-que-me-duele-la-esp');
      return performance.now() - started;
    });
    expect(Math.min(...times), `${times.map(Math.round).join(', ')} ms`).to.be.below(50);
  });
});

describe('safeUrl', () => {
  it('allows http(s), mailto, tel and relative URLs only', () => {
    for (const url of ['https://a.org', 'http://a.org', 'mailto:a@b.org', 'tel:+15551234', '/guide', 'page.html']) {
      expect(safeUrl(url), url).to.equal(url);
    }
    for (const url of ['javascript:alert(1)', ' JavaScript:alert(1)', 'java\tscript:alert(1)', 'data:text/html,x', 'vbscript:x', '', 42]) {
      expect(safeUrl(url), String(url)).to.equal(undefined);
    }
  });

  it('refuses javascript: behind any whitespace that trim() removes and the URL parser keeps', () => {
    for (const space of ['\u00a0', '\ufeff', '\u2028', '\u2029', '\u3000', '\u1680', '\u2000', '\u205f', ' \n\t']) {
      const url = `${space}javascript:alert(1)`;
      expect(safeUrl(url), JSON.stringify(url)).to.equal(undefined);
    }
  });

  it('returns the very string it checked', () => {
    expect(safeUrl('\u00a0https://a.org/x\u3000')).to.equal('https://a.org/x');
    expect(safeUrl(' /guide ')).to.equal('/guide');
  });
});
