import { expect, oneEvent } from '@open-wc/testing';
import '../src/review-note/define.js';
import { safeUrl } from '../src/content/safe-url.js';
import { captureWarnings } from './helpers.js';

/** A URL with a space or a backslash inside is a typo or a trick, never a link; relative ones stay links. */
const NOT_LINKS = ['https ://www.has-sante.fr/', 'https://a.org/a b', 'mailto:a@b.org?subject=Hi there', '/\\evil.example', '\\\\evil.example\\x', 'https://a.org/\u0000x', 'https://a.org/\u0085x'];

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

  it('leaves such a source’s title as text in the review note, naming its url, and links an "@" elsewhere', async () => {
    const warnings = captureWarnings();
    try {
      const el = document.createElement('care-review-note');
      el.sources = [...CREDENTIALED, ...AT_ELSEWHERE].map((url, i) => ({ title: `Source ${i}`, url }));
      const problems: unknown[] = [];
      el.addEventListener('care-content-error', (event) => problems.push(...event.detail.problems));
      document.body.append(el);
      await el.updateComplete;
      const message = 'a user name or password before "@" hides the site a link opens; dropped';
      expect(problems).to.deep.equal(CREDENTIALED.map((_, i) => ({ path: `sources[${i}].url`, message })));
      expect(warnings.messages.join('\n')).to.include('sources[0].url');
      const links = [...el.shadowRoot!.querySelectorAll('a')];
      expect(links.map((a) => a.getAttribute('href'))).to.deep.equal(AT_ELSEWHERE);
      expect(links.map((a) => a.textContent)).to.deep.equal(AT_ELSEWHERE.map((_, i) => `Source ${CREDENTIALED.length + i}`));
      const items = [...el.shadowRoot!.querySelectorAll('[part="sources"] li')].map((li) => li.textContent!.trim());
      expect(items).to.deep.equal([...CREDENTIALED, ...AT_ELSEWHERE].map((_, i) => `Source ${i}`));
      el.remove();
    } finally {
      warnings.restore();
    }
  });
});
