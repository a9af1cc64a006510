import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { ContextConsumer } from '@lit/context';
import { LitElement } from 'lit';
import '../src/guide/define.js';
import type { CareGuide } from '../src/guide/guide.js';
import { guideContext } from '../src/internal/context.js';
import { problemPaths, stubFetch, useWarnings } from './helpers.js';

/** Stands in for any care-* element the guide feeds. */
class NetworkProbe extends LitElement {
  consumer = new ContextConsumer(this, { context: guideContext, subscribe: true });
}
customElements.define('network-probe', NetworkProbe);

const tiny = (title = 'Tiny') => JSON.stringify({ schemaVersion: 1, id: 'tiny', lang: 'en', title });

interface Request {
  url: string;
  signal: AbortSignal;
  answer: (response: Response) => void;
}

/**
 * A server behind `fetch` that answers each request with `respond(n)` (n counts from 1), or leaves
 * it hanging when that returns undefined. Like a real fetch, an aborted request rejects.
 */
function server(respond: (n: number) => Response | Error | undefined = () => undefined) {
  const requests: Request[] = [];
  const restore = stubFetch((url, init) => new Promise((resolve, reject) => {
    const signal = init!.signal!;
    signal.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')));
    requests.push({ url, signal, answer: resolve });
    const answer = respond(requests.length);
    if (answer instanceof Error) reject(answer);
    else if (answer) resolve(answer);
  }));
  return { requests, restore };
}

/** A guide with one consumer inside, not yet on the page. */
function guide(attributes: Record<string, string>): CareGuide {
  const el = document.createElement('care-guide');
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  el.append(document.createElement('network-probe'));
  return el;
}

/** Every care-* event the guide fires, in order. */
function record(el: HTMLElement): string[] {
  const events: string[] = [];
  el.addEventListener('care-guide-load', () => events.push('load'));
  el.addEventListener('care-content-error', (e) => events.push(`error ${e.detail.problems.map((p) => p.message).join('; ')}`));
  return events;
}

/** Puts the guide on the page; resolves, once it has loaded or reported a problem, with the events it fired. */
async function appendAndSettle(el: CareGuide): Promise<string[]> {
  const events = record(el);
  const settled = new Promise<void>((resolve) => {
    el.addEventListener('care-guide-load', () => resolve(), { once: true });
    el.addEventListener('care-content-error', () => resolve(), { once: true });
  });
  document.body.append(el);
  await settled;
  return events;
}

/** A body that sends `chunks` chunks of `size` bytes, counting how many were pulled. */
function counted(chunks: number, size: number) {
  const chunk = new Uint8Array(size).fill(0x20);
  const stats = { pulled: 0, cancelled: false };
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (stats.pulled++ < chunks) controller.enqueue(chunk);
      else controller.close();
    },
    cancel() {
      stats.cancelled = true;
    },
  }, { highWaterMark: 0 });
  return { body, stats };
}

describe('<care-guide> src as a network client', () => {
  const warnings = useWarnings('body > care-guide');
  let restore = () => {};
  afterEach(() => restore());

  describe('leaving the page', () => {
    it('aborts the requests of 300 guides removed while their server never answers', async () => {
      const net = server();
      restore = net.restore;
      const guides = Array.from({ length: 300 }, (_, i) => guide({ src: `/hanging/${i}.json` }));
      document.body.append(...guides);
      await Promise.all(guides.map((el) => el.updateComplete));
      expect(net.requests).to.have.length(300);
      guides.forEach((el) => el.remove());
      expect(net.requests.filter((r) => !r.signal.aborted)).to.have.length(0);
      await Promise.all(guides.map((el) => el.updateComplete));
      expect(guides.filter((el) => el.loading || el.hasAttribute('loading'))).to.have.length(0);
    });

    it('renders nothing for 2,000 guides removed mid-fetch, and fetches again when one returns', async () => {
      const net = server();
      restore = net.restore;
      const guides = Array.from({ length: 2_000 }, (_, i) => guide({ src: `/slow/${i}.json` }));
      const events = record(document.body);
      document.body.append(...guides);
      await Promise.all(guides.map((el) => el.updateComplete));
      guides.forEach((el) => el.remove());
      expect(net.requests.filter((r) => !r.signal.aborted)).to.have.length(0);
      expect(guides.filter((el) => el.value !== undefined)).to.have.length(0);

      const back = guides[7];
      const loaded = oneEvent(back, 'care-guide-load');
      document.body.append(back);
      await back.updateComplete;
      expect(net.requests).to.have.length(2_001);
      expect(net.requests[2_000].url).to.equal('/slow/7.json');
      net.requests[2_000].answer(new Response(tiny('Back')));
      expect((await loaded).detail.guide.title).to.equal('Back');
      expect(events).to.deep.equal(['load']);
    });

    /** A guide taken off the page while its request is in flight. */
    async function removedMidFetch(src: string) {
      const net = server();
      restore = net.restore;
      const el = guide({ src });
      document.body.append(el);
      await el.updateComplete;
      el.remove();
      return { el, net };
    }

    it('is busy again while it fetches on its return', async () => {
      const { el, net } = await removedMidFetch('/slow.json');
      await el.updateComplete;
      expect(el.hasAttribute('loading')).to.equal(false);

      document.body.append(el);
      await el.updateComplete;
      expect(net.requests).to.have.length(2);
      expect(el.hasAttribute('loading')).to.equal(true);
      expect(el.querySelector('network-probe')!.getAttribute('aria-busy')).to.equal('true');
    });

    it('does not fetch again a guide it has when it returns', async () => {
      const net = server(() => new Response(tiny('Kept')));
      restore = net.restore;
      const el = guide({ src: '/kept.json' });
      const events = record(el);
      const loaded = oneEvent(el, 'care-guide-load');
      document.body.append(el);
      await loaded;
      el.remove();
      document.body.append(el);
      await el.updateComplete;
      expect(net.requests).to.have.length(1);
      expect(el.hasAttribute('loading')).to.equal(false);
      expect(el.value?.title).to.equal('Kept');
      expect(events).to.deep.equal(['load']);
    });

    it('fetches a src set while it is off the page only when it returns', async () => {
      const { el, net } = await removedMidFetch('/first.json');
      el.src = '/second.json';
      await el.updateComplete;
      expect(net.requests.map((r) => r.url)).to.deep.equal(['/first.json']);

      document.body.append(el);
      await el.updateComplete;
      expect(net.requests.map((r) => r.url)).to.deep.equal(['/first.json', '/second.json']);
    });
  });

  describe('timeout', () => {
    it('reports a server that never answers as a src problem after the timeout', async () => {
      const net = server();
      restore = net.restore;
      const el = guide({ src: '/hanging.json', timeout: '100' });
      const reported = oneEvent(el, 'care-content-error');
      document.body.append(el);
      const { problems } = (await reported).detail;
      expect(problems).to.deep.equal([{ path: 'src', message: 'fetching "/hanging.json" took longer than 100 ms' }]);
      expect(net.requests[0].signal.aborted).to.equal(true);
      expect(warnings.messages[0]).to.contain('<care-guide>').and.contain('src: fetching "/hanging.json" took longer than 100 ms');
      await el.updateComplete;
      expect(el.loading).to.equal(false);
    });

    it('reports a body that stalls half-way', async () => {
      let sent = false;
      const stalled = new ReadableStream<Uint8Array>({
        pull(controller) {
          if (!sent) controller.enqueue(new TextEncoder().encode('{"schemaVersion": 1, "title": "Cut'));
          sent = true;
        },
      });
      const net = server(() => new Response(stalled));
      restore = net.restore;
      const el = guide({ src: '/stalls.json', timeout: '100' });
      const reported = oneEvent(el, 'care-content-error');
      document.body.append(el);
      expect((await reported).detail.problems[0].message).to.equal('fetching "/stalls.json" took longer than 100 ms');
    });

    it('waits 15 seconds by default', () => {
      expect(document.createElement('care-guide').timeout).to.equal(15_000);
    });

    it('never hands a timer a delay past 2^31 - 1 ms, where it would overflow and fire at once', async () => {
      const net = server();
      const delays: number[] = [];
      const setTimer = window.setTimeout;
      window.setTimeout = ((handler: TimerHandler, delay?: number, ...rest: unknown[]) => {
        delays.push(delay ?? 0);
        return setTimer(handler, delay, ...rest);
      }) as typeof window.setTimeout;
      restore = () => {
        window.setTimeout = setTimer;
        net.restore();
      };
      const el = guide({ src: '/slow.json', timeout: String(2 ** 40) });
      document.body.append(el);
      await el.updateComplete;
      expect(delays.length).to.be.greaterThan(0);
      expect(Math.max(...delays)).to.equal(2 ** 31 - 1);
      expect(net.requests[0].signal.aborted).to.equal(false);
    });
  });

  describe('retry', () => {
    for (const status of [500, 503, 408, 429]) {
      it(`tries once more after HTTP ${status} and shows the guide the second answer brings`, async () => {
        const net = server((n) => (n === 1 ? new Response('busy', { status }) : new Response(tiny('Second try'))));
        restore = net.restore;
        const el = guide({ src: '/flaky.json' });
        expect(await appendAndSettle(el)).to.deep.equal(['load']);
        expect(el.value?.title).to.equal('Second try');
        expect(net.requests).to.have.length(2);
      });
    }

    const ok = () => new Response(tiny('Third try'));
    for (const [failure, answer, message] of [
      ['HTTP 503', () => new Response('busy', { status: 503 }), 'fetching "/flaky.json" answered HTTP 503'],
      ['a network error', () => new TypeError('Failed to fetch'), 'could not fetch "/flaky.json" (Failed to fetch)'],
    ] as const) {
      it(`tries only once more after ${failure}, and reports the second failure though a third try would succeed`, async () => {
        const net = server((n) => (n <= 2 ? answer() : ok()));
        restore = net.restore;
        expect(await appendAndSettle(guide({ src: '/flaky.json' }))).to.deep.equal([`error ${message}`]);
        expect(net.requests).to.have.length(2);
      });
    }

    it('tries once more after a network error', async () => {
      const net = server((n) => (n === 1 ? new TypeError('Failed to fetch') : new Response(tiny())));
      restore = net.restore;
      const el = guide({ src: '/flaky.json' });
      const loaded = oneEvent(el, 'care-guide-load');
      document.body.append(el);
      await loaded;
      expect(net.requests).to.have.length(2);
    });

    it('honours Retry-After, and reports the status when the server asks for more than the timeout', async () => {
      const net = server((n) => new Response('busy', { status: 503, headers: { 'Retry-After': n === 1 ? '0' : '3600' } }));
      restore = net.restore;
      const el = guide({ src: '/busy.json' });
      const reported = oneEvent(el, 'care-content-error');
      document.body.append(el);
      expect((await reported).detail.problems[0].message).to.equal('fetching "/busy.json" answered HTTP 503');
      expect(net.requests).to.have.length(2);
    });

    for (const [form, value] of [
      ['in seconds', '3'],
      ['as an HTTP date', new Date(Date.now() + 3_600_000).toUTCString()],
    ]) {
      it(`reports the status at once when Retry-After, ${form}, asks for a wait past the timeout`, async () => {
        const net = server(() => new Response('busy', { status: 503, headers: { 'Retry-After': value } }));
        restore = net.restore;
        const el = guide({ src: '/busy.json', timeout: '2500' });
        const reported = oneEvent(el, 'care-content-error');
        document.body.append(el);
        expect((await reported).detail.problems[0].message).to.equal('fetching "/busy.json" answered HTTP 503');
        expect(net.requests).to.have.length(1);
      });
    }

    it('does not retry a 404 and retries at most once', async () => {
      const net = server((n) => new Response('', { status: n === 1 ? 500 : 404 }));
      restore = net.restore;
      const el = guide({ src: '/gone.json' });
      const reported = oneEvent(el, 'care-content-error');
      document.body.append(el);
      expect((await reported).detail.problems[0].message).to.contain('HTTP 404');
      expect(net.requests).to.have.length(2);
    });
  });

  describe('size cap', () => {
    it('stops reading a 200 MB body at 5 MB and reports it', async () => {
      const { body, stats } = counted(200, 1024 * 1024);
      const net = server(() => new Response(body));
      restore = net.restore;
      const el = guide({ src: '/huge.json' });
      const reported = oneEvent(el, 'care-content-error');
      document.body.append(el);
      expect((await reported).detail.problems).to.deep.equal([
        { path: 'src', message: '"/huge.json" is larger than the limit of 5242880 bytes' },
      ]);
      expect(stats.pulled).to.be.at.most(6);
      expect(stats.cancelled).to.equal(true);
    });

    it('refuses a declared Content-Length over max-bytes without reading the body', async () => {
      const { body, stats } = counted(3, 1000);
      const net = server(() => new Response(body, { headers: { 'Content-Length': '3000' } }));
      restore = net.restore;
      const el = guide({ src: '/big.json', 'max-bytes': '2000' });
      const reported = oneEvent(el, 'care-content-error');
      document.body.append(el);
      expect((await reported).detail.problems[0].message).to.equal('"/big.json" is larger than the limit of 2000 bytes');
      expect(stats.pulled).to.be.at.most(1);
    });

    it('accepts a body right at the cap', async () => {
      const text = tiny('At the cap');
      const net = server(() => new Response(text));
      restore = net.restore;
      const el = guide({ src: '/exact.json', 'max-bytes': String(new TextEncoder().encode(text).length) });
      expect(await appendAndSettle(el)).to.deep.equal(['load']);
      expect(el.value?.title).to.equal('At the cap');
    });
  });

  describe('loading state', () => {
    it('reflects loading on the guide and aria-busy on the elements it feeds while the first guide loads', async () => {
      const net = server();
      restore = net.restore;
      const el = guide({ src: '/first.json' });
      document.body.append(el);
      await el.updateComplete;
      const probe = el.querySelector('network-probe')!;
      expect(el.hasAttribute('loading')).to.equal(true);
      expect(probe.getAttribute('aria-busy')).to.equal('true');

      const loaded = oneEvent(el, 'care-guide-load');
      net.requests[0].answer(new Response(tiny('First')));
      await loaded;
      await el.updateComplete;
      expect(el.hasAttribute('loading')).to.equal(false);
      expect(probe.hasAttribute('aria-busy')).to.equal(false);

      el.src = '/second.json';
      await el.updateComplete;
      expect(el.hasAttribute('loading')).to.equal(true);
      expect(probe.hasAttribute('aria-busy'), 'the first guide stays readable').to.equal(false);
    });

    it('says it is loading, in the page’s language, where its sections will show, until the first guide has come', async () => {
      const net = server();
      restore = net.restore;
      const page = document.createElement('div');
      page.lang = 'es';
      const el = page.appendChild(guide({ src: '/first.json' }));
      document.body.append(page);
      const line = () => el.shadowRoot!.querySelector('[part="loading-message"]');
      await waitUntil(() => line()?.textContent === 'Cargando la guía…', 'the line comes in Spanish');
      expect(line()!.getAttribute('role'), 'a status, which screen readers announce').to.equal('status');
      expect(line()!.checkVisibility(), 'the line is seen').to.equal(true);
      expect(getComputedStyle(el.querySelector('network-probe')!).visibility, 'the sections wait unseen').to.equal('hidden');

      const loaded = oneEvent(el, 'care-guide-load');
      net.requests[0].answer(new Response(tiny('First')));
      await loaded;
      await el.updateComplete;
      expect(line(), 'gone once the guide has come').to.equal(null);

      el.src = '/second.json';
      await el.updateComplete;
      expect(el.hasAttribute('loading')).to.equal(true);
      expect(line(), 'not while a second guide loads: the first stays readable').to.equal(null);
      page.remove();
    });

    it('clears aria-busy, and says no more that it is loading, when the load fails', async () => {
      const net = server(() => new Response('', { status: 404 }));
      restore = net.restore;
      const el = guide({ src: '/missing.json' });
      const reported = oneEvent(el, 'care-content-error');
      document.body.append(el);
      await el.updateComplete;
      const line = () => el.shadowRoot!.querySelector('[part="loading-message"]');
      expect(line()?.textContent).to.equal('Loading the guide…');
      await reported;
      await el.updateComplete;
      expect(el.hasAttribute('loading')).to.equal(false);
      expect(el.querySelector('network-probe')!.hasAttribute('aria-busy')).to.equal(false);
      expect(line()).to.equal(null);
    });
  });

  describe('reporting', () => {
    it('reports a src that is not text', async () => {
      const net = server();
      restore = net.restore;
      const el = document.createElement('care-guide');
      (el as unknown as { src: unknown }).src = { href: '/guide.json' };
      const reported = oneEvent(el, 'care-content-error');
      document.body.append(el);
      expect(problemPaths((await reported).detail.problems)).to.deep.equal(['src']);
      expect(net.requests).to.have.length(0);
    });
  });
});
