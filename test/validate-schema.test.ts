import { expect } from '@open-wc/testing';
import type Ajv2020 from 'ajv/dist/2020.js';
// Ajv's own browser build: ajv itself is CommonJS, which the test server does not convert.
import 'ajv-dist/dist/ajv2020.bundle.js';
import schemaV1 from '../src/content/care-guide.schema.json' with { type: 'json' };
import schemaV2 from '../src/content/care-guide.v2.schema.json' with { type: 'json' };
import { isDate, validateGuide } from '../src/content/validate.js';

/** The published schemas and the validator agree: what a schema accepts, the validator keeps without a problem. */
const Ajv = (window as unknown as { ajv2020: typeof Ajv2020 }).ajv2020;
const ajv = new Ajv({ strict: true, allErrors: true });
const SCHEMAS = { 1: ajv.compile(schemaV1), 2: ajv.compile(schemaV2) };
const minimal = { id: 'g', lang: 'en', title: 'A guide' };

/** For each schema version: whether its schema accepts the guide, and whether the validator reads it without a problem. */
function verdicts(fields: Record<string, unknown>) {
  return ([1, 2] as const).map((schemaVersion) => {
    const guide = { ...minimal, schemaVersion, ...fields };
    return { schema: SCHEMAS[schemaVersion](guide), validator: validateGuide(guide).problems.length === 0 };
  });
}
const both = (verdict: boolean) => [{ schema: verdict, validator: verdict }, { schema: verdict, validator: verdict }];

describe('the published schemas and the validator', () => {
  it('both read null in an optional field as absent, and refuse it in a required one', () => {
    const source = { title: 'Guidelines', publisher: null, url: null };
    const section = { title: null, intro: null, items: [{ id: null, title: 'Infection', description: null, severity: null }] };
    const nulls = { summary: null, lastReviewed: null, nextReview: null, reviewedBy: null, disclaimer: null, sources: [source], risks: section, faqs: null };
    expect(verdicts(nulls)).to.deep.equal(both(true));
    expect(verdicts({ sources: null, procedure: { items: [{ title: 'Visit', duration: null }] } })).to.deep.equal(both(true));
    expect(verdicts({ title: null })).to.deep.equal(both(false));
    expect(verdicts({ faqs: { items: [{ question: 'Q?', answer: null }] } })).to.deep.equal(both(false));
  });

  it('both refuse a review date that is no day of the years 1900 to 2100', () => {
    for (const date of ['2026-02-30', '2026-02-29', '1900-02-29', '2100-02-29', '1899-12-31', '2101-01-01', '2026-04-31', '2026-00-01']) {
      expect(verdicts({ lastReviewed: date }), date).to.deep.equal(both(false));
      expect(verdicts({ nextReview: date }), date).to.deep.equal(both(false));
    }
    for (const date of ['2024-02-29', '2000-02-29', '1900-01-01', '2100-12-31', '2026-04-30']) expect(verdicts({ lastReviewed: date }), date).to.deep.equal(both(true));
  });

  it('agree on every day number of every month from 1890 to 2110', () => {
    const pad = (n: number, width = 2) => String(n).padStart(width, '0');
    for (const schema of [schemaV1, schemaV2]) {
      const pattern = new RegExp(schema.$defs.date.pattern, 'u');
      const disagree: string[] = [];
      for (let year = 1890; year <= 2110; year++) {
        for (let month = 0; month <= 13; month++) {
          for (let day = 0; day <= 32; day++) {
            const date = `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
            if (pattern.test(date) !== isDate(date)) disagree.push(date);
          }
        }
      }
      expect(disagree, schema.$id).to.deep.equal([]);
    }
  });

  it('both refuse a locale code written with an underscore as a language tag', () => {
    for (const lang of ['en_US', 'pt_BR', 'x', 'zh-min-nan']) expect(verdicts({ lang }), lang).to.deep.equal(both(false));
    for (const lang of ['en-US', 'zh-Hant-TW', 'es-419', 'de-CH-1996']) expect(verdicts({ lang }), lang).to.deep.equal(both(true));
    expect(SCHEMAS[2]({ ...minimal, schemaVersion: 2, sources: [{ title: 'S', lang: 'en_US' }] })).to.equal(false);
  });

  it('both refuse a URL with a user name or password before "@" in its address, and take an "@" elsewhere', () => {
    for (const url of ['https://clinic.example@evil.example/', 'https://user:pass@host.example/', '//clinic.example@evil.example/x', 'https:///a@evil.example', 'https:a@evil.example']) {
      expect(verdicts({ sources: [{ title: 'S', url }] }), url).to.deep.equal(both(false));
    }
    for (const url of ['https://x.example/@clinic', 'https://x.example/?by=a@b.example', '//x.example/@clinic', 'team/@clinic', 'mailto:clinic@example.org']) {
      expect(verdicts({ sources: [{ title: 'S', url }] }), url).to.deep.equal(both(true));
    }
  });

  it('both refuse a URL with a space or a backslash inside, and take relative ones', () => {
    for (const url of ['https ://www.has-sante.fr/', 'https://a.org/a b', '/\\evil.example', '\\\\evil.example\\x', '', 'tel :+44 20', 'tel:+44\t20', 'mailto:a@b.org?subject=a\\b', 'tel:+44\u202820']) {
      expect(verdicts({ sources: [{ title: 'S', url }] }), JSON.stringify(url)).to.deep.equal(both(false));
    }
    for (const url of ['https://a.org/', 'mailto:a@b.org', 'tel:+15551234', '/guide', 'page.html', '//a.org/x']) {
      expect(verdicts({ sources: [{ title: 'S', url }] }), url).to.deep.equal(both(true));
    }
  });

  it('both refuse an http(s) URL without "//" after its scheme, and take one with it', () => {
    for (const url of ['https:evil.example', 'http:evil.example', 'http:/evil.example', 'https:']) {
      expect(verdicts({ sources: [{ title: 'S', url }] }), url).to.deep.equal(both(false));
    }
    for (const url of ['https://a.org/', 'http://a.org/x']) expect(verdicts({ sources: [{ title: 'S', url }] }), url).to.deep.equal(both(true));
  });

  it('both refuse a URL with half of a surrogate pair, and take one with whole pairs', () => {
    for (const url of ['https://a.org/\ud800', 'https://a.org/\udc00x', '/guide\udbff', 'https://a.org/\ude00\ud83d', 'mailto:a@b.org?subject=\ud800']) {
      expect(verdicts({ sources: [{ title: 'S', url }] }), JSON.stringify(url)).to.deep.equal(both(false));
    }
    for (const url of ['https://a.org/\ud83d\ude00', '/guide#\u{1f9b4}', 'https://a.org/\u{20bb7}']) expect(verdicts({ sources: [{ title: 'S', url }] }), url).to.deep.equal(both(true));
  });

  it('both refuse text with a control character (C0 other than tab, line feed or carriage return, DEL, C1)', () => {
    for (const title of ['Back\u0000 pain', 'Back pain\u001b', '\u0007', 'Don\u0092t', 'Back\u007f pain']) expect(verdicts({ title }), JSON.stringify(title)).to.deep.equal(both(false));
    expect(verdicts({ faqs: { items: [{ question: 'Q?', answer: 'A\u0001.' }] } })).to.deep.equal(both(false));
    for (const title of ['Back\tpain', 'Back\r\npain', ' Back pain\n']) expect(verdicts({ title }), JSON.stringify(title)).to.deep.equal(both(true));
  });

  it('both take spaces in a tel: or mailto: URL, as authors write a number or a subject', () => {
    for (const url of ['tel:+44 20 7946 0000', 'tel:+33\u00a01\u00a023', 'mailto:clinic@example.org?subject=Back pain question']) {
      expect(verdicts({ sources: [{ title: 'S', url }] }), url).to.deep.equal(both(true));
    }
  });
});
