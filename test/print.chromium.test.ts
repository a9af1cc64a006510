import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import type { LitElement } from 'lit';
import * as pdfjs from 'pdfjs-dist';
import '../src/index.js';
import { stemCellInjectionBackPain as guide } from '../src/content/stem-cell-injection-back-pain.js';
import { validateGuide } from '../src/content/validate.js';

/**
 * Printing as a patient does: the whole guide goes through Chromium's print engine to a real A4
 * PDF, and each page's text shows what sits together on paper. Chromium only: it prints the PDF.
 */
pdfjs.GlobalWorkerOptions.workerSrc = new URL('/node_modules/pdfjs-dist/build/pdf.worker.mjs', location.href).href;

/** Whitespace differs between the page and its PDF text; words do not. */
const squash = (text: string) => text.replace(/\s+/g, '');

async function printedPages(): Promise<string[]> {
  const base64 = await executeServerCommand<string, Record<string, never>>('print-pdf', {});
  const data = Uint8Array.from(atob(base64!), (c) => c.charCodeAt(0));
  const pdf = await pdfjs.getDocument({ data }).promise;
  const pages: string[] = [];
  for (let n = 1; n <= pdf.numPages; n++) {
    const content = await (await pdf.getPage(n)).getTextContent();
    pages.push(squash(content.items.map((item) => ('str' in item ? item.str : '')).join('')));
  }
  await pdf.destroy();
  return pages;
}

const { value: valid } = validateGuide(guide);
const start = (text = '') => squash(text).slice(0, 40);

describe('printing the whole guide on A4', () => {
  let pages: string[] = [];
  const pageOf = (text: string) => pages.findIndex((page) => page.includes(squash(text)));

  before(async () => {
    const page = await fixture(html`<care-guide .guide=${guide}>
      <care-guide-header show-review></care-guide-header>
      <care-topic-list section="conditions"></care-topic-list>
      <care-procedure-timeline orientation="horizontal"></care-procedure-timeline>
      <care-benefits-card></care-benefits-card>
      <care-risk-list variant="outlined" sort="severity"></care-risk-list>
      <care-topic-list section="recovery"></care-topic-list>
      <care-topic-list section="tips"></care-topic-list>
      <care-faq-accordion toggle-all searchable></care-faq-accordion>
      <care-review-note></care-review-note>
    </care-guide>`);
    for (const el of page.children) await (el as LitElement).updateComplete;
    pages = await printedPages();
  });

  it('prints on more than one page, so the breaks are tested', () => {
    expect(pages.length).to.be.greaterThan(2);
  });

  it('keeps the benefits card and the risk card whole on one page each', () => {
    for (const key of ['benefits', 'risks'] as const) {
      const section = valid![key]!;
      const first = pageOf(section.title!);
      expect(first, `${key} heading printed`).to.be.at.least(0);
      for (const item of section.items) {
        expect(pageOf(start(item.description)), `${key}: ${item.title}`).to.equal(first);
      }
    }
  });

  it('keeps every question with the start of its answer', () => {
    for (const { question, answer } of valid!.faqs!.items) {
      const page = pageOf(question);
      expect(page, `"${question}" printed`).to.be.at.least(0);
      expect(pages[page], `the answer to "${question}" on its page`).to.contain(start(answer));
    }
  });

  it('keeps every item title with the start of its description', () => {
    for (const key of ['conditions', 'procedure', 'recovery', 'tips'] as const) {
      for (const { title, description } of valid![key]!.items) {
        const page = pageOf(start(description));
        expect(page, `${key}: ${title} printed`).to.be.at.least(0);
        expect(pages[page], `${key}: "${title}" with its description`).to.contain(squash(title));
      }
    }
  });

  it('never leaves a section heading at the foot of a page', () => {
    for (const key of ['conditions', 'procedure', 'benefits', 'risks', 'recovery', 'tips', 'faqs'] as const) {
      const section = valid![key]!;
      const first = section.items[0];
      const firstTitle = 'question' in first ? first.question : first.title;
      const page = pageOf(section.title!);
      expect(pages[page], `"${section.title}" with its first item`).to.contain(squash(firstTitle));
    }
  });
});

/** How many pixels of the first printed page are strongly coloured, as the accent's fills are; borders and text are few. */
async function colouredPixels(): Promise<number> {
  const base64 = await executeServerCommand<string, Record<string, never>>('print-pdf', {});
  const data = Uint8Array.from(atob(base64!), (c) => c.charCodeAt(0));
  const pdf = await pdfjs.getDocument({ data }).promise;
  const page = await pdf.getPage(1);
  const viewport = page.getViewport({ scale: 1 });
  const canvas = document.createElement('canvas');
  canvas.width = viewport.width;
  canvas.height = viewport.height;
  const context = canvas.getContext('2d')!;
  await page.render({ canvas, canvasContext: context, viewport }).promise;
  const { data: rgba } = context.getImageData(0, 0, canvas.width, canvas.height);
  let count = 0;
  for (let i = 0; i < rgba.length; i += 4) {
    if (Math.max(rgba[i], rgba[i + 1], rgba[i + 2]) - Math.min(rgba[i], rgba[i + 1], rgba[i + 2]) > 100) count++;
  }
  await pdf.destroy();
  return count;
}

// Browsers print no backgrounds unless asked: a done or current step's marker, a filled circle on screen, would print as a ring like the steps to come.
describe('printing a timeline that marks progress', () => {
  it('prints the done and current steps’ markers filled, as on screen', async () => {
    const el = await fixture<LitElement & { current?: string }>(html`<care-procedure-timeline .guide=${guide} current="3"></care-procedure-timeline>`);
    const marked = await colouredPixels();
    el.current = undefined;
    await el.updateComplete;
    const unmarked = await colouredPixels();
    // Three circles filled against none: several times the rings' and numbers' colour alone.
    expect(marked, `${marked} coloured pixels with three steps marked, ${unmarked} with none`).to.be.greaterThan(2 * unmarked);
  });
});
