import { expect, oneEvent } from '@open-wc/testing';
import '../src/review-note/define.js';
import { safeUrl } from '../src/content/safe-url.js';
import { captureWarnings } from './helpers.js';

/**
 * A URL with a space or a backslash inside is a typo or a trick, never a link; relative ones stay links.
 * Spaces before the scheme is known as tel: or mailto: are such a typo, and a backslash or a tab is never a space.
 */
const NOT_LINKS = [
  'https ://www.has-sante.fr/', 'https://a.org/a b', '/\\evil.example', '\\\\evil.example\\x', 'https://a.org/\u0000x', 'https://a.org/\u0085x',
  'tel :+44 20 7946 0000', 'mailto :a@b.org', 'tel:+44\t20', 'mailto:a@b.org?subject=a\\b', 'tel:+44\u202820',
];

describe('safeUrl on a space or a backslash inside', () => {
  it('refuses them, and keeps relative and protocol-relative URLs', () => {
    for (const url of NOT_LINKS) expect(safeUrl(url), JSON.stringify(url)).to.equal(undefined);
    for (const url of ['//a.org/x', '/guide', '?q=1', '#faq', ' https://a.org/x ']) expect(safeUrl(url), url).to.equal(url.trim());
  });

  it('leaves such a source’s title as text in the review note, and reports its url', async () => {
    const warnings = captureWarnings();
    try {
      const el = document.createElement('care-review-note');
      el.sources = [...NOT_LINKS.map((url, i) => ({ title: `Typo ${i}`, url })), { title: 'HAS', url: 'https://www.has-sante.fr/' }];
      const error = oneEvent(el, 'care-content-error');
      document.body.append(el);
      expect((await error).detail.problems.map((p: { path: string }) => p.path)).to.deep.equal(NOT_LINKS.map((_, i) => `sources[${i}].url`));
      await el.updateComplete;
      expect([...el.shadowRoot!.querySelectorAll('a')].map((a) => a.getAttribute('href'))).to.deep.equal(['https://www.has-sante.fr/']);
      const items = [...el.shadowRoot!.querySelectorAll('[part="sources"] li')].map((li) => li.textContent!.trim());
      expect(items).to.deep.equal([...NOT_LINKS.map((_, i) => `Typo ${i}`), 'HAS']);
      el.remove();
    } finally {
      warnings.restore();
    }
  });
});

/** A user name or password before "@" in the address reads as one site and opens another, or shows a password. */
const CREDENTIALED = [
  'https://clinic.example@evil.example/',
  'https://user:pass@host.example/',
  '//clinic.example@evil.example/x',
  'HTTP://clinic.example@evil.example',
  'https:clinic.example@evil.example',
  'https:///clinic.example@evil.example',
  'https://@evil.example/',
];
/** An "@" after the address, or in a mailto:, hides nothing. */
const AT_ELSEWHERE = ['https://x.example/@clinic', 'https://x.example/?by=a@b.example', 'https://x.example#@top', '//x.example/@clinic', '/team/@clinic', 'mailto:clinic@example.org'];

describe('safeUrl on a user name or password', () => {
  it('refuses one before "@" in the address of an http(s) or scheme-relative URL, and keeps an "@" anywhere else', () => {
    for (const url of CREDENTIALED) expect(safeUrl(url), url).to.equal(undefined);
    for (const url of AT_ELSEWHERE) expect(safeUrl(url), url).to.equal(url);
  });
});

/**
 * An http(s) scheme without "//" after it: from an http page "https:evil.example" opens evil.example,
 * from an https one it is a path; a typo or a trick either way.
 */
const NO_SLASHES = ['https:evil.example', 'http:evil.example/x', 'HTTPS:evil.example', 'hTtP:evil.example', 'http:/evil.example', 'https:/\\evil.example', 'https:', ' https:evil.example '];

describe('safeUrl on an http(s) URL without "//" after its scheme', () => {
  it('refuses it in any case, and keeps one with "//"', () => {
    for (const url of NO_SLASHES) expect(safeUrl(url), JSON.stringify(url)).to.equal(undefined);
    for (const url of ['https://evil.example', 'HTTPS://a.org/x', 'http://a.org']) expect(safeUrl(url), url).to.equal(url);
  });

  it('leaves such a source’s title as text in the review note, and reports its url, naming the scheme', async () => {
    const warnings = captureWarnings();
    try {
      const el = document.createElement('care-review-note');
      el.sources = [{ title: 'Typo', url: 'https:evil.example' }, { title: 'Shouting', url: 'HTTP:evil.example' }, { title: 'HAS', url: 'https://www.has-sante.fr/' }];
      const error = oneEvent(el, 'care-content-error');
      document.body.append(el);
      expect((await error).detail.problems).to.deep.equal([
        { path: 'sources[0].url', message: 'expected "//" after "https:"; dropped' },
        { path: 'sources[1].url', message: 'expected "//" after "HTTP:"; dropped' },
      ]);
      expect(warnings.messages.join('\n')).to.include('sources[0].url');
      await el.updateComplete;
      expect([...el.shadowRoot!.querySelectorAll('a')].map((a) => a.getAttribute('href'))).to.deep.equal(['https://www.has-sante.fr/']);
      const items = [...el.shadowRoot!.querySelectorAll('[part="sources"] li')].map((li) => li.textContent!.trim());
      expect(items).to.deep.equal(['Typo', 'Shouting', 'HAS']);
      el.remove();
    } finally {
      warnings.restore();
    }
  });
});

/** Spaces as authors write them in a phone number or an email's subject, and the href each becomes. */
const SPACED: [string, string][] = [
  ['tel:+44 20 7946 0000', 'tel:+442079460000'],
  ['TEL: +1 (555) 123-4567 ', 'TEL:+1(555)123-4567'],
  ['tel:+33\u00a01\u00a023\u00a045\u00a067\u00a089', 'tel:+33123456789'],
  ['mailto:clinic@example.org?subject=Back pain question', 'mailto:clinic@example.org?subject=Back%20pain%20question'],
  ['mailto:clinic@example.org?subject=Back%20pain', 'mailto:clinic@example.org?subject=Back%20pain'],
  ['MAILTO:clinic@example.org?subject=Back pain', 'MAILTO:clinic@example.org?subject=Back%20pain'],
];

describe('safeUrl on a tel: or mailto: URL with spaces', () => {
  it('makes a link that dials the number without them, or mails with them written %20', () => {
    for (const [url, href] of SPACED) expect(safeUrl(url), JSON.stringify(url)).to.equal(href);
  });
});

/** URLs with nothing the checks above refuse, which the browser's URL parser cannot read: a link to one goes nowhere. */
const UNPARSABLE = ['https://[::1/', 'https://clinic.example:99999/', 'http://a.b%zz/'];

describe('safeUrl on a URL the browser cannot parse', () => {
  it('refuses it, and leaves the source as text in the review note, its url reported', async () => {
    for (const url of UNPARSABLE) expect(safeUrl(url), url).to.equal(undefined);
    const warnings = captureWarnings();
    try {
      const el = document.createElement('care-review-note');
      el.sources = UNPARSABLE.map((url, i) => ({ title: `Source ${i}`, url }));
      const error = oneEvent(el, 'care-content-error');
      document.body.append(el);
      expect((await error).detail.problems.map((p: { path: string }) => p.path)).to.deep.equal(UNPARSABLE.map((_, i) => `sources[${i}].url`));
      await el.updateComplete;
      expect(el.shadowRoot!.querySelectorAll('[part="sources"] a')).to.have.length(0);
      el.remove();
    } finally {
      warnings.restore();
    }
  });
});

describe('a source’s URL in the review note', () => {
  /** Each kind of URL, and the href of its link, or undefined where the source is text and its url reported. */
  const KINDS: [string, string | undefined][] = [
    ['https://www.has-sante.fr/', 'https://www.has-sante.fr/'],
    ['https://clinic.example@evil.example/', undefined],
    ['https://user:pass@host.example/', undefined],
    ['//clinic.example@evil.example/', undefined],
    ['https://x.example/@clinic', 'https://x.example/@clinic'],
    ['mailto:clinic@example.org', 'mailto:clinic@example.org'],
    ['tel:+44 20 7946 0000', 'tel:+442079460000'],
    ['mailto:clinic@example.org?subject=Back pain question', 'mailto:clinic@example.org?subject=Back%20pain%20question'],
    ['tel :+44 20 7946 0000', undefined],
    ['https://a.org/a b', undefined],
  ];

  it('links each safe one with the href a browser opens as written, and leaves the others as text, naming their url', async () => {
    const warnings = captureWarnings();
    try {
      const el = document.createElement('care-review-note');
      el.sources = KINDS.map(([url], i) => ({ title: `Source ${i}`, url }));
      const problems: { path: string; message: string }[] = [];
      el.addEventListener('care-content-error', (event) => problems.push(...event.detail.problems));
      document.body.append(el);
      await el.updateComplete;
      const refused = KINDS.flatMap(([, href], i) => (href === undefined ? [`sources[${i}].url`] : []));
      expect(problems.map((p) => p.path)).to.deep.equal(refused);
      const hidden = 'a user name or password before "@" hides the site a link opens; dropped';
      expect(problems.filter((p) => p.message === hidden).map((p) => p.path)).to.deep.equal(['sources[1].url', 'sources[2].url', 'sources[3].url']);
      expect(warnings.messages.join('\n')).to.include('sources[1].url');
      const items = [...el.shadowRoot!.querySelectorAll('[part="sources"] li')];
      expect(items.map((li) => li.textContent!.trim())).to.deep.equal(KINDS.map((_, i) => `Source ${i}`));
      for (const [i, [url, href]] of KINDS.entries()) {
        const link = items[i].querySelector('a');
        expect(link?.getAttribute('href'), url).to.equal(href);
        if (href === undefined) continue;
        expect(link!.matches(':any-link'), url).to.equal(true);
        // As the browser reads it: both engines would have kept a tel: number's raw spaces.
        expect(link!.href, url).to.equal(href);
      }
      el.remove();
    } finally {
      warnings.restore();
    }
  });
});

/** Half of a surrogate pair without its other half: Chromium cannot parse a link to one (it goes nowhere), Firefox links it. */
const LONE_HALVES = ['https://a.org/\ud800', 'https://a.org/\udc00x', '/guide\udbff', '?q=\ud83d', 'https://a.org/\ude00\ud83d', 'mailto:a@b.org?subject=\ud800'];
/** Whole pairs, an emoji or a character past U+FFFF, are characters like any other. */
const WHOLE_PAIRS = ['https://a.org/\ud83d\ude00', 'https://a.org/\u{20bb7}', '/guide#\u{1f9b4}'];

describe('safeUrl on a URL that is not well-formed Unicode', () => {
  it('refuses one with a lone surrogate, and keeps one with whole pairs', () => {
    for (const url of LONE_HALVES) expect(safeUrl(url), JSON.stringify(url)).to.equal(undefined);
    for (const url of WHOLE_PAIRS) expect(safeUrl(url), url).to.equal(url);
  });

  it('refuses it the same in a browser without String.prototype.isWellFormed', () => {
    const proto = String.prototype as { isWellFormed?: () => boolean };
    const isWellFormed = proto.isWellFormed;
    delete proto.isWellFormed;
    try {
      for (const url of LONE_HALVES) expect(safeUrl(url), JSON.stringify(url)).to.equal(undefined);
      for (const url of WHOLE_PAIRS) expect(safeUrl(url), url).to.equal(url);
    } finally {
      proto.isWellFormed = isWellFormed;
    }
  });

  it('leaves such a source’s title as text in the review note, naming its url and the half it holds', async () => {
    const warnings = captureWarnings();
    try {
      const el = document.createElement('care-review-note');
      el.sources = [{ title: 'Broken', url: 'https://a.org/\ud800' }, { title: 'Bone', url: WHOLE_PAIRS[2] }];
      const error = oneEvent(el, 'care-content-error');
      document.body.append(el);
      expect((await error).detail.problems).to.deep.equal([{ path: 'sources[0].url', message: 'contains a lone surrogate U+D800, half of a character; dropped' }]);
      expect(warnings.messages.join('\n')).to.include('sources[0].url');
      await el.updateComplete;
      const items = [...el.shadowRoot!.querySelectorAll('[part="sources"] li')];
      expect(items.map((li) => li.textContent!.trim())).to.deep.equal(['Broken', 'Bone']);
      expect(items[0].querySelector('a')).to.equal(null);
      expect(items[1].querySelector('a')!.matches(':any-link')).to.equal(true);
      el.remove();
    } finally {
      warnings.restore();
    }
  });
});
