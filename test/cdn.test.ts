import { expect } from '@open-wc/testing';

/**
 * The CDN bundle as a clinic site uses it: a plain page with one module script tag. Runs against
 * dist/, which the test command builds first.
 */
interface PlainPage {
  frame: HTMLIFrameElement;
  events: string[];
  errors: string[];
  warnings: string[];
  /** Resolves when every script tag has run. */
  scriptsRun: Promise<unknown>;
}

function plainPage(body: string, scripts = ['/dist/cdn/care-elements.js']): Promise<PlainPage> {
  const frame = document.createElement('iframe');
  const events: string[] = [];
  const errors: string[] = [];
  const warnings: string[] = [];
  frame.srcdoc = `<!doctype html><html lang="en"><body>${body}</body></html>`;
  document.body.append(frame);
  let scriptsRun: Promise<unknown> = Promise.resolve();
  return new Promise((resolve) => {
    frame.addEventListener('load', () => {
      const win = frame.contentWindow as Window & typeof globalThis;
      win.addEventListener('error', (e) => errors.push(e.message));
      win.addEventListener('unhandledrejection', (e) => errors.push(String(e.reason)));
      win.console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
      for (const type of ['care-guide-load', 'care-content-error']) {
        win.document.addEventListener(type, () => {
          events.push(type);
          resolve({ frame, events, errors, warnings, scriptsRun });
        });
      }
      scriptsRun = Promise.all(
        scripts.map((src) => {
          const script = win.document.createElement('script');
          script.type = 'module';
          script.src = src;
          win.document.head.append(script);
          return new Promise((loaded) => script.addEventListener('load', loaded));
        }),
      );
    });
  });
}

/** What test/pages/record.js heard on a page, from its first byte. */
interface PageLog {
  violations: string[];
  errors: string[];
  warnings: string[];
}
type RecordedWindow = Window & typeof globalThis & { pageLog: PageLog; pageReady: Promise<string> };

/** The Content-Security-Policy the README tells sites to use, so the test holds the promise as written. */
async function documentedPolicy(): Promise<string> {
  const readme = await (await fetch('/README.md')).text();
  const policy = /^Content-Security-Policy: (.+)$/m.exec(readme)?.[1];
  expect(policy, 'the README states a Content-Security-Policy line').to.be.a('string');
  return policy!;
}

/** Opens a page of test/pages served with `policy` as its Content-Security-Policy header. */
async function pageUnder(page: string, policy: string): Promise<{ win: RecordedWindow; doc: Document }> {
  const frame = document.createElement('iframe');
  frame.src = `/test/pages/${page}?csp=${encodeURIComponent(policy)}`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as RecordedWindow;
  await win.pageReady;
  return { win, doc: frame.contentDocument! };
}

/** Proves the policy is in force: an inline script is refused, and the refusal reported. */
async function expectEnforced(win: RecordedWindow, doc: Document) {
  const reported = new Promise<SecurityPolicyViolationEvent>((resolve) =>
    doc.addEventListener('securitypolicyviolation', resolve, { once: true }),
  );
  const script = doc.createElement('script');
  try {
    script.textContent = 'window.inlineRan = true';
    doc.body.append(script);
  } catch {
    // Trusted Types refuse the text itself, which proves enforcement too.
  }
  expect(['script-src-elem', 'require-trusted-types-for']).to.include((await reported).violatedDirective);
  expect((win as unknown as { inlineRan?: boolean }).inlineRan).to.equal(undefined);
}

/**
 * Resolves once every violation report queued so far has been delivered: a probe's own inline style,
 * refused by the policy, is reported after them, in order.
 */
async function reportsArrived(doc: Document): Promise<void> {
  const probe = doc.createElement('i');
  probe.setAttribute('data-sentinel', '');
  doc.body.append(probe);
  const listening = new AbortController();
  const arrived = new Promise((resolve) =>
    doc.addEventListener('securitypolicyviolation', (e) => e.composedPath()[0] === probe && resolve(e), { signal: listening.signal }),
  );
  probe.setAttribute('style', 'color: inherit');
  await arrived;
  listening.abort();
  probe.remove();
}

type Updating = HTMLElement & { updateComplete: Promise<unknown> };

/** Brings a page's elements through each state they can be in; `check` runs after each. */
async function everyState(win: RecordedWindow, doc: Document, check: (state: string) => Promise<void>) {
  const el = <T extends Updating = Updating>(tag: string) => doc.querySelector(tag) as T;
  const settled = async () => {
    for (const node of doc.querySelectorAll<Updating>('care-guide *')) await node.updateComplete;
  };
  const faq = el<Updating & { query: string }>('care-faq-accordion');
  const timeline = el('care-procedure-timeline');
  await settled();
  await check('first render, the risks grouped and the timeline compact');
  faq.shadowRoot!.querySelector<HTMLElement>('[part="toggle"]')!.click();
  await settled();
  await check('an FAQ answer open');
  faq.shadowRoot!.querySelector<HTMLElement>('[part="toggle-all-button"]')!.click();
  await settled();
  await check('every answer open');
  faq.query = 'cost';
  await settled();
  await check('the FAQ filtered');
  faq.query = 'zebra';
  await settled();
  await check('the FAQ filtered to nothing');
  timeline.shadowRoot!.querySelector<HTMLElement>('[part="toggle"]')!.click();
  await settled();
  await check('a compact step open');
  el('care-risk-list').removeAttribute('group-by');
  el('care-risk-list').setAttribute('sort', 'severity');
  await settled();
  await check('the risks sorted');
  const changed = new Promise((resolve) => win.addEventListener('hashchange', resolve, { once: true }));
  win.location.hash = '#nerve-damage';
  await changed;
  await settled();
  expect(el('care-risk-list').shadowRoot!.querySelector('[data-target]'), 'the linked risk is marked').to.exist;
  await check('a risk deep-linked');
}

describe('CDN bundle on a plain page', () => {
  for (const [page, copies] of [['cdn.html', 'once'], ['cdn-twice.html', 'twice']]) {
    it(`works loaded ${copies} under the README's Content-Security-Policy, sent as a header, with Trusted Types enforced`, async () => {
      const { win, doc } = await pageUnder(page, await documentedPolicy());
      const faq = doc.querySelector('care-faq-accordion') as HTMLElement & { updateComplete: Promise<unknown> };
      await faq.updateComplete;
      expect(faq.shadowRoot!.querySelectorAll('[part="toggle"]')).to.have.length(5);
      await reportsArrived(doc);
      expect(win.pageLog.violations).to.deep.equal([]);
      expect(win.pageLog.errors).to.deep.equal([]);
      if (copies === 'twice') expect(win.pageLog.warnings.join('\n')).to.contain('already defined');
      await expectEnforced(win, doc);
    });

    it(`reports no violation in any state of any element, loaded ${copies}, from the first byte to the last report`, async () => {
      const { win, doc } = await pageUnder(page, await documentedPolicy());
      await everyState(win, doc, async (state) => {
        await reportsArrived(doc);
        expect(win.pageLog.violations, state).to.deep.equal([]);
        expect(win.pageLog.errors, state).to.deep.equal([]);
      });
    });
  }

  afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

  it('loads the guide JSON shipped in dist and fires care-guide-load', async () => {
    const { frame, events, errors } = await plainPage(
      '<care-guide src="/dist/content/stem-cell-injection-back-pain.json"><care-faq-accordion></care-faq-accordion></care-guide>',
    );
    expect(events).to.deep.equal(['care-guide-load']);
    expect(errors).to.deep.equal([]);
    const faq = frame.contentDocument!.querySelector('care-faq-accordion') as HTMLElement & { updateComplete: Promise<unknown> };
    await faq.updateComplete;
    expect(faq.shadowRoot!.querySelectorAll('button[aria-expanded]')).to.have.length(5);
  });

  it('fires care-content-error for a broken URL and throws nothing', async () => {
    const { events, errors, warnings } = await plainPage('<care-guide src="/dist/content/no-such-guide.json"></care-guide>');
    expect(events).to.deep.equal(['care-content-error']);
    expect(errors).to.deep.equal([]);
    expect(warnings.join('\n')).to.contain('<care-guide>');
  });

  it('warns once, instead of throwing, when a second copy of the library loads', async () => {
    const { errors, warnings, scriptsRun } = await plainPage(
      '<care-guide src="/dist/content/stem-cell-injection-back-pain.json"></care-guide>',
      ['/dist/cdn/care-elements.js', '/dist/cdn/care-elements.js?second-copy'],
    );
    await scriptsRun;
    expect(errors).to.deep.equal([]);
    const duplicates = warnings.filter((w) => w.includes('already defined'));
    expect(duplicates).to.have.length(1);
    expect(duplicates[0]).to.contain('another copy of care-elements');
  });
});
