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

describe('CDN bundle on a plain page', () => {
  it('works under a strict Content-Security-Policy with Trusted Types enforced', async () => {
    const csp = "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html";
    const frame = document.createElement('iframe');
    const violations: string[] = [];
    frame.srcdoc = `<!doctype html><html lang="en"><head>
      <meta http-equiv="Content-Security-Policy" content="${csp}">
      <script type="module" src="/dist/cdn/care-elements.js"></script>
    </head><body>
      <care-guide src="/dist/content/stem-cell-injection-back-pain.json"><care-faq-accordion searchable></care-faq-accordion></care-guide>
    </body></html>`;
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    document.body.append(frame);
    await loaded;
    const doc = frame.contentDocument!;
    doc.addEventListener('securitypolicyviolation', (e) => violations.push(`${e.violatedDirective} ${e.blockedURI}`));
    const guide = doc.querySelector('care-guide') as HTMLElement & { value?: unknown };
    if (!guide.value) await new Promise((resolve) => guide.addEventListener('care-guide-load', resolve, { once: true }));
    const faq = doc.querySelector('care-faq-accordion') as HTMLElement & { updateComplete: Promise<unknown> };
    await faq.updateComplete;
    expect(faq.shadowRoot!.querySelectorAll('button[aria-expanded]')).to.have.length(5);
    expect(violations).to.deep.equal([]);
  });

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
    // The npm build beside the CDN build: its own modules and its own Lit, as a second version would bring.
    const { errors, warnings, scriptsRun } = await plainPage(
      '<care-guide src="/dist/content/stem-cell-injection-back-pain.json"></care-guide>',
      ['/dist/cdn/care-elements.js', '/dist/index.js'],
    );
    await scriptsRun;
    expect(errors).to.deep.equal([]);
    const duplicates = warnings.filter((w) => w.includes('already defined'));
    expect(duplicates).to.have.length(1);
    expect(duplicates[0]).to.contain('another copy of care-elements');
  });
});
