import { ContextProvider } from '@lit/context';
import { css, html, isServer, LitElement, type PropertyValues } from 'lit';
import type { ContentProblem, Guide, ValidGuide } from '../content/types.js';
import { validateGuide } from '../content/validate.js';
import { guideContext } from '../internal/context.js';
import { emit } from '../internal/events.js';
import { reportProblems } from '../internal/report.js';

const INLINE = 'script[type="application/json"]';

type Loaded = { raw?: unknown; problem?: ContentProblem };

function parseJson(text: string, path: string): Loaded {
  try {
    return { raw: JSON.parse(text) };
  } catch (error) {
    return { problem: { path, message: `invalid JSON (${(error as Error).message})` } };
  }
}

/**
 * @tag care-guide
 * @summary Provides one guide to every care-* element inside it.
 *
 * @description Sources, highest first: the `guide` property, the `src` URL, then an inline
 * `<script type="application/json">` child. Children render unchanged; bad content is reported
 * and whatever is valid still reaches the components.
 *
 * @slot - The page content: care-* elements and anything else.
 *
 * @csspart base - The wrapper of the page content.
 *
 * @fires care-guide-load - A guide was loaded and validated; detail `{ guide }`. Fired also when some sections had problems.
 * @fires care-content-error - The guide could not be fetched or parsed, or has problems; detail `{ problems: [{ path, message }] }`.
 */
export class CareGuide extends LitElement {
  static override styles = css`
    :host {
      display: block;
    }
    :host([hidden]) {
      display: none;
    }
  `;

  static override properties = {
    guide: { attribute: false },
    src: { reflect: true },
    inline: { state: true },
    fetched: { state: true },
  };

  /** The guide as data, following the published schema. Wins over `src` and inline JSON; validated like them. */
  guide?: Guide;

  /** URL of a guide JSON document, fetched with `fetch`. A new URL aborts the previous request. */
  src?: string;

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

  private inline?: Loaded;

  #seen?: unknown;
  #problemKey = '';
  #pendingReport = false;

  private fetched?: Loaded & { src: string };
  #request?: AbortController;

  /**
   * Fetches `src`; a newer URL aborts the older request, so the newest always wins.
   * (Lit's Task does this too, but costs more of the CDN size budget than these lines.)
   */
  async #load(src: string | undefined) {
    this.#request?.abort();
    this.#request = undefined;
    // An outcome belongs to one load: a URL set again is fetched again, never answered from the last try.
    this.fetched = undefined;
    if (!src || isServer) return;
    const request = (this.#request = new AbortController());
    let result: Loaded;
    try {
      const response = await fetch(src, { signal: request.signal, headers: { Accept: 'application/json' } });
      result = response.ok
        ? parseJson(await response.text(), 'src')
        : { problem: { path: 'src', message: `fetching "${src}" answered HTTP ${response.status}` } };
    } catch (error) {
      if (request.signal.aborted) return;
      result = { problem: { path: 'src', message: `could not fetch "${src}" (${(error as Error).message})` } };
    }
    if (this.#request === request) this.fetched = { src, ...result };
  }

  override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('src')) void this.#load(this.src);
    let raw: unknown = this.#seen;
    const loadProblems: ContentProblem[] = [];
    const fetched = this.src && this.fetched?.src === this.src ? this.fetched : undefined;
    if (this.guide != null) {
      raw = this.guide;
    } else if (this.src && !fetched?.problem) {
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
    if (!this.#pendingReport) return;
    this.#pendingReport = false;
    reportProblems(this, this.#problems);
    if (this.#value) emit(this, 'care-guide-load', { guide: this.#value });
  }

  #readInline = () => {
    const script = this.querySelector(`:scope > ${INLINE}`);
    this.inline = script ? parseJson(script.textContent ?? '', INLINE) : undefined;
  };

  override render() {
    return html`<div part="base"><slot @slotchange=${this.#readInline}></slot></div>`;
  }
}
