import { expect } from '@open-wc/testing';
import '../src/guide/define.js';
import type { CareGuide } from '../src/guide/guide.js';
import { stemCellInjectionBackPain } from '../src/content/stem-cell-injection-back-pain.js';
import { guideJsonLd, scriptJson } from '../src/content/jsonld.js';
import type { Guide } from '../src/content/types.js';
import * as writer from '../src/internal/json-ld-script.js';
import { writerSource } from '../src/internal/structured-data.js';
import { chunkStandIn, useUnhandledRejections, useWarnings } from './helpers.js';

/**
 * The code that writes a guide's JSON-LD is a chunk fetched after the guide renders. Here the
 * network is stood in for through `writerSource`. Once the code has come it stays for the page, so
 * the test that lets it come is last.
 */
const other: Guide = { schemaVersion: 1, id: 'other', lang: 'en', title: 'Another guide', faqs: { items: [{ question: 'Why?', answer: 'Because.' }] } };
const jsonLdOf = (el: Element) => [...el.querySelectorAll(':scope > script[type="application/ld+json"]')];

/** A guide on the page, its first update done; its JSON-LD is then being fetched. */
function guideOnPage(guide: Guide): CareGuide {
  const el = document.createElement('care-guide');
  el.guide = guide;
  document.body.append(el);
  return el;
}

/** Every microtask queued so far has run: what the fetch's answer set in motion is done. */
const drained = () => new Promise((resolve) => setTimeout(resolve));

describe("the guide's JSON-LD code, fetched after the guide renders", () => {
  const warnings = useWarnings('body > care-guide');
  const rejections = useUnhandledRejections();
  // Answered with the module itself, already here, so that its arrival takes microtasks only.
  let network: ReturnType<typeof chunkStandIn<typeof writer>>;
  beforeEach(() => (network = chunkStandIn(writerSource, () => writer)));
  afterEach(() => network.restore());

  it('failing to come, writes nothing, warns once, and the next guide asks again', async () => {
    let called = network.nextCall();
    const el = guideOnPage(stemCellInjectionBackPain);
    await called;
    expect(el.value?.title, 'the guide is there meanwhile').to.equal(stemCellInjectionBackPain.title);
    network.settle().reject(new TypeError('Failed to fetch dynamically imported module'));
    await el.updateComplete;
    expect(jsonLdOf(el)).to.have.length(0);
    expect(warnings.messages.filter((m) => m.includes("the guide's structured data could not be loaded"))).to.have.length(1);

    called = network.nextCall();
    el.guide = other;
    await called;
    expect(network.calls()).to.equal(2);
    network.settle().reject(new TypeError('Failed to fetch dynamically imported module'));
    await el.updateComplete;
    expect(rejections, 'no unhandled rejection').to.deep.equal([]);
  });

  it('failing to come, leaves the JSON-LD the server wrote', async () => {
    const called = network.nextCall();
    const el = document.createElement('care-guide');
    el.innerHTML = `<script type="application/ld+json" slot="structured-data">${scriptJson(guideJsonLd(stemCellInjectionBackPain))}</script>`;
    const written = el.firstElementChild;
    el.guide = stemCellInjectionBackPain;
    document.body.append(el);
    await called;
    network.settle().reject(new TypeError('Failed to fetch dynamically imported module'));
    await el.updateComplete;
    expect(jsonLdOf(el)).to.deep.equal([written]);
    expect(rejections).to.deep.equal([]);
  });

  it('writes none for a guide told to leave it out while the code came, and writes the next one', async () => {
    const called = network.nextCall();
    const el = guideOnPage(stemCellInjectionBackPain);
    await called;
    el.noStructuredData = true;
    await el.updateComplete;
    network.settle().resolve();
    await drained();
    expect(jsonLdOf(el), 'nothing written for the guide that no longer wants it').to.have.length(0);

    el.noStructuredData = false;
    await el.updateComplete;
    expect(JSON.parse(jsonLdOf(el)[0].textContent!)['@graph'][0].name).to.equal(stemCellInjectionBackPain.title);
    expect(network.calls(), 'one fetch').to.equal(1);
    expect(rejections).to.deep.equal([]);
  });
});
