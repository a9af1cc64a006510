import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { ContextConsumer } from '@lit/context';
import { LitElement, render, type TemplateResult } from 'lit';
import '../src/guide/define.js';
import type { CareGuide } from '../src/guide/guide.js';
import { guideContext } from '../src/internal/context.js';
import type { ValidGuide } from '../src/content/types.js';
import { stemCellInjectionBackPain } from '../src/content/stem-cell-injection-back-pain.js';
import { useWarnings, packUrl, problemPaths, stubFetch } from './helpers.js';

/** A minimal consumer, standing in for any care-* element. */
class GuideProbe extends LitElement {
  consumer = new ContextConsumer(this, { context: guideContext, subscribe: true });
  get guide(): ValidGuide | undefined {
    return this.consumer.value;
  }
}
customElements.define('guide-probe', GuideProbe);
declare global {
  interface HTMLElementTagNameMap {
    'guide-probe': GuideProbe;
  }
}

const tiny = (title: string) => ({ schemaVersion: 1, id: 'tiny', lang: 'en', title });

/**
 * Puts a guide on the page already listening for its first `type` event, which a fast server (or
 * Firefox refusing a port) can fire before a fixture has even resolved.
 */
async function mountHearing<K extends 'care-guide-load' | 'care-content-error'>(template: TemplateResult, type: K) {
  const detached = document.createElement('div');
  render(template, detached);
  const el = detached.querySelector('care-guide')!;
  const heard = oneEvent(el, type);
  document.body.append(el);
  return { el, event: await heard };
}

/** Resolves once the guide's src load has ended (its `loading` attribute gone) and the update after it is done. */
async function loadEnded(el: CareGuide): Promise<void> {
  while (el.hasAttribute('loading')) {
    await new Promise((resolve) => new MutationObserver((_, observer) => (observer.disconnect(), resolve(null))).observe(el, { attributeFilter: ['loading'] }));
  }
  await el.updateComplete;
}

describe('<care-guide>', () => {
  const warnings = useWarnings('body > care-guide');

  describe('sources', () => {
    it('provides the guide property to descendants and fires care-guide-load', async () => {
      const el = document.createElement('care-guide');
      el.innerHTML = '<guide-probe></guide-probe>';
      const loaded = oneEvent(el, 'care-guide-load');
      el.guide = stemCellInjectionBackPain;
      document.body.append(el);
      const event = await loaded;
      expect(event.detail.guide.title).to.equal('Stem cell injection for back pain');
      expect(el.querySelector('guide-probe')!.guide!.faqs!.items).to.have.length(5);
      expect(event.bubbles && event.composed).to.equal(true);
      el.remove();
    });

    it('fetches src', async () => {
      const { el, event } = await mountHearing(html`<care-guide src=${packUrl}><guide-probe></guide-probe></care-guide>`, 'care-guide-load');
      expect(event.detail.guide.id).to.equal('stem-cell-injection-back-pain');
      expect(el.querySelector('guide-probe')!.guide!.id).to.equal('stem-cell-injection-back-pain');
    });

    it('reads an inline JSON script child', async () => {
      const el = await fixture<CareGuide>(html`<care-guide>
        <script type="application/json">{"schemaVersion":1,"id":"inline","lang":"en","title":"Inline"}</script>
        <guide-probe></guide-probe>
      </care-guide>`);
      if (!el.value) await oneEvent(el, 'care-guide-load');
      expect(el.querySelector('guide-probe')!.guide!.title).to.equal('Inline');
    });

    it('reads inline JSON with "<" written as \\u003c, as the README says, as text', async () => {
      const title = '</script><img src=x id=injected>';
      const json = JSON.stringify({ schemaVersion: 1, id: 'inline', lang: 'en', title }).replaceAll('<', '\\u003c');
      const host = document.createElement('div');
      // The page's own HTML, as a CMS writes it: parsed by the HTML parser, not built with the DOM.
      host.innerHTML = `<care-guide><script type="application/json">${json}</script><guide-probe></guide-probe></care-guide>`;
      const el = host.querySelector('care-guide')!;
      const loaded = oneEvent(el, 'care-guide-load');
      document.body.append(host);
      expect((await loaded).detail.guide.title).to.equal(title);
      expect(host.querySelector('#injected')).to.equal(null);
      expect(el.querySelector('guide-probe')!.guide!.title).to.equal(title);
      host.remove();
    });

    it('prefers the guide property over src and inline JSON, also once src has loaded', async () => {
      const restore = stubFetch(async () => new Response(JSON.stringify(tiny('From src'))));
      try {
        const el = await fixture<CareGuide>(html`<care-guide src="/guide.json" .guide=${tiny('From property')}>
          <script type="application/json">{"schemaVersion":1,"id":"inline","lang":"en","title":"Inline"}</script>
          <guide-probe></guide-probe>
        </care-guide>`);
        await loadEnded(el);
        expect(el.value!.title).to.equal('From property');
        expect(el.querySelector('guide-probe')!.guide!.title).to.equal('From property');
      } finally {
        restore();
      }
    });

    it('prefers src over inline JSON', async () => {
      const { el } = await mountHearing(html`<care-guide src=${packUrl}>
        <script type="application/json">{"schemaVersion":1,"id":"inline","lang":"en","title":"Inline"}</script>
      </care-guide>`, 'care-guide-load');
      await el.updateComplete;
      expect(el.value!.id).to.equal('stem-cell-injection-back-pain');
    });

    it('shows its children, the page’s own nodes, through its column', async () => {
      const el = await fixture<CareGuide>(html`<care-guide><p>Clinic text</p></care-guide>`);
      const p = el.querySelector('p')!;
      expect(el.children.length === 1 && el.firstElementChild === p, 'the same node, left where the page put it').to.equal(true);
      expect(el.shadowRoot!.querySelector('[part="base"]')!.contains(p.assignedSlot), 'shown in the column').to.equal(true);
      expect(p.offsetHeight).to.be.greaterThan(0);
    });
  });

  describe('failures', () => {
    it('reports a 404 with the src path and a console warning naming the element', async () => {
      const { el, event } = await mountHearing(html`<care-guide src="/test/fixtures/missing.json"><p>Fallback</p></care-guide>`, 'care-content-error');
      expect(problemPaths(event.detail.problems)).to.deep.equal(['src']);
      expect(event.detail.problems[0].message).to.contain('HTTP 404');
      expect(warnings.messages).to.have.length(1);
      expect(warnings.messages[0]).to.contain('<care-guide>').and.contain('src: fetching');
      expect(el.value).to.equal(undefined);
      expect((el.querySelector('p') as HTMLElement).offsetHeight).to.be.greaterThan(0);
    });

    it('reports a network error', async () => {
      const el = document.createElement('care-guide');
      el.src = 'http://127.0.0.1:9/guide.json';
      // Listening before the element connects: Firefox refuses port 9 within milliseconds.
      const error = oneEvent(el, 'care-content-error');
      document.body.append(el);
      const event = await error;
      expect(event.detail.problems[0].path).to.equal('src');
      expect(event.detail.problems[0].message).to.contain('could not fetch');
    });

    it('reports invalid JSON from src', async () => {
      const { event } = await mountHearing(html`<care-guide src="/test/fixtures/broken.json"></care-guide>`, 'care-content-error');
      expect(event.detail.problems[0].path).to.equal('src');
      expect(event.detail.problems[0].message).to.contain('invalid JSON');
    });

    it('reports invalid inline JSON', async () => {
      const el = document.createElement('care-guide');
      el.innerHTML = '<script type="application/json">{ nope</script>';
      const error = oneEvent(el, 'care-content-error');
      document.body.append(el);
      const event = await error;
      expect(event.detail.problems[0].path).to.equal('script[type="application/json"]');
      el.remove();
    });

    it('falls back to inline JSON when src fails', async () => {
      const { el } = await mountHearing(html`<care-guide src="/test/fixtures/missing.json">
        <script type="application/json">{"schemaVersion":1,"id":"inline","lang":"en","title":"Inline"}</script>
      </care-guide>`, 'care-content-error');
      await el.updateComplete;
      expect(el.value!.title).to.equal('Inline');
    });

    it('keeps the valid sections of a partly broken guide and names every bad field', async () => {
      const el = document.createElement('care-guide');
      el.src = '/test/fixtures/partial.json';
      el.innerHTML = '<guide-probe></guide-probe>';
      const error = oneEvent(el, 'care-content-error');
      const load = oneEvent(el, 'care-guide-load');
      document.body.append(el);
      const [errorEvent] = await Promise.all([error, load]);
      expect(problemPaths(errorEvent.detail.problems)).to.deep.equal(['risks.items', 'faqs.items[1].question']);
      const guide = el.querySelector('guide-probe')!.guide!;
      expect(guide.faqs!.items.map((i) => i.question)).to.deep.equal(['Does it hurt?']);
      expect(guide.benefits!.items).to.have.length(1);
      expect(warnings.messages).to.have.length(1);
      expect(warnings.messages[0]).to.contain('risks.items').and.contain('faqs.items[1].question');
      el.remove();
    });

    it('lets the newest src win when a slow response arrives last, and aborts the old request', async () => {
      const pending: { url: string; signal?: AbortSignal; resolve: (r: Response) => void }[] = [];
      const restore = stubFetch(
        (url, init) => new Promise((resolve) => pending.push({ url, signal: init?.signal ?? undefined, resolve })),
      );
      try {
        const el = await fixture<CareGuide>(html`<care-guide src="/slow.json"></care-guide>`);
        el.src = '/fast.json';
        await el.updateComplete;
        expect(pending.map((p) => p.url)).to.deep.equal(['/slow.json', '/fast.json']);
        expect(pending[0].signal!.aborted).to.equal(true);
        const load = oneEvent(el, 'care-guide-load');
        pending[1].resolve(new Response(JSON.stringify(tiny('Fast'))));
        expect((await load).detail.guide.title).to.equal('Fast');
        pending[0].resolve(new Response(JSON.stringify(tiny('Slow'))));
        await new Promise((r) => setTimeout(r));
        await el.updateComplete;
        expect(el.value!.title).to.equal('Fast');
      } finally {
        restore();
      }
    });

    it('reports every outcome of one URL once, in order: 404, then a guide, then 404 again', async () => {
      let requests = 0;
      const restore = stubFetch(async () => (++requests === 2 ? new Response(JSON.stringify(tiny('Found'))) : new Response('', { status: 404 })));
      try {
        const el = document.createElement('care-guide');
        el.src = '/flaky.json';
        const events: string[] = [];
        el.addEventListener('care-guide-load', () => events.push('load'));
        el.addEventListener('care-content-error', (e) => events.push(e.detail.problems[0].message));
        let outcome: Promise<unknown> = oneEvent(el, 'care-content-error');
        document.body.append(el);
        await outcome;
        for (const type of ['care-guide-load', 'care-content-error'] as const) {
          el.removeAttribute('src');
          await el.updateComplete;
          outcome = oneEvent(el, type);
          el.setAttribute('src', '/flaky.json');
          await outcome;
        }
        const notFound = 'fetching "/flaky.json" answered HTTP 404';
        expect(events).to.deep.equal([notFound, 'load', notFound]);
        expect(warnings.messages).to.have.length(2);
        el.remove();
      } finally {
        restore();
      }
    });

    it('refuses a guide of an unknown schema version', async () => {
      const el = document.createElement('care-guide');
      // @ts-expect-error a document of a schema version this library does not know
      el.guide = { ...tiny('Future'), schemaVersion: 9 };
      const error = oneEvent(el, 'care-content-error');
      document.body.append(el);
      expect(problemPaths((await error).detail.problems)).to.deep.equal(['schemaVersion']);
      expect(el.value).to.equal(undefined);
      el.remove();
    });
  });
});
