import { ContextProvider } from '@lit/context';
import { css, html, LitElement, nothing } from 'lit';
import type { ContentProblem, Guide, ValidGuide } from '../content/types.js';
import { MAX_GUIDE_BYTES, validateGuide } from '../content/validate.js';
import { guideContext } from '../internal/context.js';
import { emit } from '../internal/events.js';
import { reportProblems } from '../internal/report.js';
import { parseJson, SrcLoader, type Loaded, type LoadLimits } from '../internal/src-loader.js';
import { StructuredDataController } from '../internal/structured-data.js';
import { updatedWith } from '../internal/lazy-chunk.js';
import { reclaimSections } from '../internal/reclaim-sections.js';
import { nearestLang, pendingStrings, stringsFor } from '../internal/strings.js';

const INLINE = 'script[type="application/json"]';
const DEFAULTS: LoadLimits = { timeout: 15_000, maxBytes: MAX_GUIDE_BYTES };

/** True when `node` is `ancestor` or inside it, across shadow roots. */
function within(node: Node, ancestor: Node): boolean {
  for (let n: Node | null = node; n; n = n instanceof ShadowRoot ? n.host : n.parentNode) if (n === ancestor) return true;
  return false;
}

/**
 * @tag care-guide
 * @summary Provides one guide to every care-* element inside it.
 *
 * @description Sources, highest first: the `guide` property, the `src` URL, then an inline
 * `<script type="application/json">` child. Children render unchanged; bad content is reported
 * and whatever is valid still reaches the components. A `src` request is aborted when the element
 * leaves the page (and made again when it returns), gives up after `timeout` milliseconds, is
 * tried once more after a network error, 408, 429 or 5xx, and refuses bodies over `max-bytes`.
 * While the first guide loads, `loading` is set, the elements it feeds have `aria-busy="true"` and
 * wait unseen in a screen's height, and a line in the page's language says the guide is loading.
 * The guide is also written into the page as schema.org JSON-LD, a `<script type="application/ld+json">`
 * child, unless `no-structured-data` is set; the code that writes it is fetched after the guide has
 * rendered, and `updateComplete` waits for it.
 *
 * By default the elements inside are laid out as one readable column: equal space between them
 * and a measure of at most 45em, centred. `layout="none"` leaves the layout to the page's own grid.
 *
 * @slot - The page content: care-* elements and anything else.
 *
 * @csspart base - The wrapper of the page content; the column, unless `layout="none"`.
 * @csspart loading-message - The line saying the guide is loading, shown while its first guide loads from `src`.
 *
 * @cssprop [--care-guide-gap=calc(var(--care-space) * 2.5)] - Space between the elements inside.
 * @cssprop [--care-guide-max-width=45em] - Widest line of the column: a readable measure.
 * @cssprop [--care-space=1rem] - Base spacing unit, from which the gap is derived.
 *
 * @fires {CustomEvent<CareGuideLoadDetail>} care-guide-load - A guide was loaded and validated; detail `{ guide }`. Fired also when some sections had problems.
 * @fires {CustomEvent<CareContentErrorDetail>} care-content-error - The guide could not be fetched or parsed, or has problems; detail `{ problems: [{ path, message }] }`.
 */
export class CareGuide extends LitElement {
  static override styles = css`
    :host {
      display: block;
    }
    :host([hidden]) {
      display: none;
    }
    /* Block flow, not flex or grid: printing, Chromium honours break-after: avoid between blocks, not between flex items. */
    .column {
      display: flow-root;
      max-inline-size: var(--care-guide-max-width, 45em);
      margin-inline: auto;
    }
    /* The browser's default margins give way; a page's own styles for its elements still win, but for the gap below. */
    .column ::slotted(*) {
      margin-block: 0;
    }
    /*
     * The gap between sections holds whatever margins the page gives its elements: a reset such as
     * Tailwind's sets every margin to 0, which would close every gap. A larger top margin of the
     * page's still adds room, as the two margins collapse; one gap is changed by setting
     * --care-guide-gap on the element above it.
     */
    /* The line breaks WordPress's autop writes after each section would each add a line and a gap; the last section is the last that is no such break. */
    .column ::slotted(br) {
      display: none;
    }
    .column ::slotted(:not(:nth-last-child(1 of :not(br)))) {
      margin-block-end: var(--care-guide-gap, calc(var(--care-space, 1rem) * 2.5)) !important;
    }
    /*
     * While its first guide loads, its sections wait unseen in a screen's height: nothing empty is drawn
     * to be pushed down as the guide comes, and what follows the guide on the page stays below the
     * screen rather than showing and then jumping away.
     */
    .waiting {
      min-block-size: 100vh;
    }
    .waiting ::slotted(*) {
      visibility: hidden;
    }
    .loading-message {
      margin: 0;
      padding-block: var(--care-space, 1rem);
    }
    @media print {
      .column {
        max-inline-size: none;
      }
    }
  `;

  static override properties = {
    guide: { attribute: false },
    src: { reflect: true },
    layout: {},
    timeout: { type: Number },
    maxBytes: { type: Number, attribute: 'max-bytes' },
    loading: { type: Boolean, reflect: true },
    noStructuredData: { type: Boolean, attribute: 'no-structured-data' },
    inline: { state: true },
  };

  /** The guide as data, following the published schema. Wins over `src` and inline JSON; validated like them. */
  guide?: Guide;

  /** URL of a guide JSON document, fetched with `fetch`. A new URL aborts the previous request. */
  src?: string;

  /** `column` (the default) lays the elements inside out as one readable column; `none` leaves them to the page. */
  layout: 'column' | 'none' = 'column';

  /** Milliseconds a `src` load may take in all, retry included, before it is reported as a problem. */
  timeout = DEFAULTS.timeout;

  /** Largest `src` body accepted, in bytes; a larger one is reported as a problem and not read further. */
  maxBytes = DEFAULTS.maxBytes;

  /** True while `src` is being fetched; reflected, so a page can style a placeholder. Set by the element. */
  loading = false;

  /** Leave the guide's JSON-LD out of the page, for pages that write their own structured data. */
  noStructuredData = false;

  /** Every problem found in the current content, each with its JSON path. */
  get problems(): readonly ContentProblem[] {
    return this.#problems;
  }

  /** The validated guide given to the components, or undefined while there is none. */
  get value(): ValidGuide | undefined {
    return this.#value;
  }

  #problems: ContentProblem[] = [];
  #value?: ValidGuide;
  #provider = new ContextProvider(this, { context: guideContext });
  #limits: LoadLimits = DEFAULTS;
  #loader = new SrcLoader(this, () => this.#limits);
  #structuredData = new StructuredDataController(this);

  private inline?: Loaded;

  #seen?: unknown;
  #problemKey = '';
  #pendingReport = false;
  /** Every element that asked this guide for its content, and those marked busy while the first guide loads. */
  #consumers = new Set<Element>();
  #busy = new Set<Element>();
  /** The page's language where the guide sits, for the words it shows while its first guide loads. */
  #lang = 'en';

  constructor() {
    super();
    this.addEventListener('context-request', (event) => {
      if (event.context !== guideContext) return;
      const target = event.contextTarget ?? event.composedPath()[0];
      // Those that have left are dropped as others come: a page that swaps sections in a guide that does not update kept every one.
      this.#forgetGone();
      if (target instanceof Element) this.#consumers.add(target);
      if (this.loading) this.requestUpdate();
    });
  }

  /** Checks the properties a page may set to anything; a wrong one is reported and its default used. */
  #readOptions(problems: ContentProblem[]): string | undefined {
    const limit = (name: 'timeout' | 'maxBytes', path: string) => {
      const value = this[name];
      if (typeof value === 'number' && value > 0) return value;
      problems.push({ path, message: 'expected a positive number; the default is used' });
      return DEFAULTS[name];
    };
    this.#limits = { timeout: limit('timeout', 'timeout'), maxBytes: limit('maxBytes', 'max-bytes') };
    if (this.src == null || typeof this.src === 'string') return this.src?.trim() || undefined;
    problems.push({ path: 'src', message: 'expected a URL as text' });
    return undefined;
  }

  override willUpdate(): void {
    const loadProblems: ContentProblem[] = [];
    const src = this.#readOptions(loadProblems);
    this.#loader.sync(src);
    this.loading = this.#loader.loading;
    let raw: unknown = this.#seen;
    const fetched = src ? this.#loader.result : undefined;
    if (this.guide != null) {
      raw = this.guide;
    } else if (src && !fetched?.problem) {
      // While a new URL loads, the previous guide stays on the page.
      if (fetched) raw = fetched.raw;
    } else {
      if (fetched?.problem) loadProblems.push(fetched.problem);
      if (this.inline?.problem) loadProblems.push(this.inline.problem);
      raw = this.inline?.raw;
    }
    const problemKey = loadProblems.map((p) => `${p.path}: ${p.message}`).join('\n');
    if (raw === this.#seen && problemKey === this.#problemKey) return;
    this.#seen = raw;
    this.#problemKey = problemKey;

    const result = raw === undefined ? { value: undefined, problems: [] } : validateGuide(raw);
    this.#value = result.value;
    this.#provider.setValue(result.value);
    this.#problems = [...loadProblems, ...result.problems];
    this.#pendingReport = true;
  }

  override updated(): void {
    this.#markBusy(this.#waiting);
    if (!this.#pendingReport) return;
    this.#pendingReport = false;
    reportProblems(this, this.#problems);
    if (this.#value) emit(this, 'care-guide-load', { guide: this.#value });
  }

  /** Also waits for the guide's JSON-LD, whose code may still be loading. */
  protected override getUpdateComplete(): Promise<boolean> {
    return updatedWith(() => super.getUpdateComplete(), () => this.#structuredData.pending);
  }

  /** Whether the first guide is still to come: its sections wait, busy and unseen. */
  get #waiting(): boolean {
    return this.loading && !this.#value;
  }

  /** Forgets the elements that asked for this guide's content and have left it since. */
  #forgetGone() {
    for (const el of this.#consumers) if (!within(el, this)) this.#consumers.delete(el);
  }

  /** `aria-busy` on the elements this guide feeds while its first guide loads, so readers and pages know to wait. */
  #markBusy(busy: boolean) {
    this.#forgetGone();
    for (const el of this.#consumers) {
      if (busy && !this.#busy.has(el)) {
        this.#busy.add(el);
        el.setAttribute('aria-busy', 'true');
      }
    }
    for (const el of this.#busy) {
      if (busy && this.#consumers.has(el)) continue;
      el.removeAttribute('aria-busy');
      this.#busy.delete(el);
    }
  }

  override connectedCallback(): void {
    // A shadow root before the first render was written by the server, its slot filled: no slotchange will come.
    const serverRendered = !this.hasUpdated && this.shadowRoot !== null;
    super.connectedCallback();
    if (serverRendered) this.#readInline();
    this.#lang = nearestLang(this) || 'en';
    pendingStrings(this.#lang)?.then(() => this.requestUpdate());
    // In a microtask: by then the elements defined with this one have upgraded and taken back their own content.
    queueMicrotask(this.#onParsed);
    // On the window, so that this runs after the elements inside have heard it on the document.
    if (this.ownerDocument.readyState === 'loading') this.ownerDocument.defaultView?.addEventListener('DOMContentLoaded', this.#onParsed, { once: true });
  }

  /** Takes back the sections autop pushed out of the guide. */
  #onParsed = () => reclaimSections(this);

  #readInline = () => {
    const script = this.querySelector(`:scope > ${INLINE}`);
    // autop writes "</p>\n<p>" for a blank line, always between JSON tokens: a JSON string holds no raw newline.
    this.inline = script ? parseJson((script.textContent ?? '').replaceAll('</p>\n<p>', '\n'), INLINE) : undefined;
  };

  override render() {
    const waiting = this.#waiting;
    const loading = waiting ? html`<p part="loading-message" class="loading-message" role="status">${stringsFor(this.#lang).loadingGuide}</p>` : nothing;
    return html`<div part="base" class="${this.layout === 'none' ? '' : 'column'} ${waiting ? 'waiting' : ''}">${loading}<slot @slotchange=${this.#readInline}></slot></div>`;
  }
}
