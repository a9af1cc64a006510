import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { clip, describeError } from '../content/describe.js';
import type { ContentProblem } from '../content/types.js';

/** What one load gave: the parsed document, or the problem that stopped it. */
export interface Loaded {
  raw?: unknown;
  problem?: ContentProblem;
}

/** The limits of one load of `src`. */
export interface LoadLimits {
  /** Milliseconds the whole load (both tries and the wait between them) may take. */
  timeout: number;
  /** Largest body accepted, in bytes. */
  maxBytes: number;
}

/** Statuses worth one more try: the server or something before it may answer next time. */
const retryable = (status: number) => status === 408 || status === 429 || status >= 500;

/** The wait before the second try, with jitter so that many readers of one failing server do not retry in step. */
const backoff = () => 500 + Math.random() * 1000;

const ignore = () => {};

/** Milliseconds a `Retry-After` header asks to wait, as seconds or an HTTP date; undefined without one. */
function retryAfter(response: Response): number | undefined {
  const value = response.headers.get('Retry-After')?.trim();
  if (!value) return undefined;
  const ms = /^\d+$/.test(value) ? Number(value) * 1000 : Date.parse(value) - Date.now();
  return Number.isNaN(ms) ? undefined : Math.max(0, ms);
}

/** Resolves after `ms`, or rejects as soon as the signal aborts. */
function delay(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener('abort', () => (clearTimeout(timer), reject(signal.reason)), { once: true });
  });
}

/** The body as text, or undefined past `maxBytes`: counted as it streams, so a huge body is never held whole. */
async function readText(response: Response, maxBytes: number, signal: AbortSignal): Promise<string | undefined> {
  if (Number(response.headers.get('Content-Length')) > maxBytes) {
    response.body?.cancel().catch(ignore);
    return undefined;
  }
  if (!response.body) return response.text();
  const reader = response.body.getReader();
  // A body that stalls ends when the load is aborted, also where fetch does not tie the body to the signal.
  const stop = () => void reader.cancel().catch(ignore);
  signal.addEventListener('abort', stop, { once: true });
  try {
    const chunks: Uint8Array[] = [];
    let size = 0;
    for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
      size += chunk.value.byteLength;
      if (size > maxBytes) {
        stop();
        return undefined;
      }
      chunks.push(chunk.value);
    }
    signal.throwIfAborted();
    return await new Blob(chunks as BlobPart[]).text();
  } finally {
    signal.removeEventListener('abort', stop);
  }
}

/** Parses JSON text; a syntax error becomes a problem at `path`. */
export function parseJson(text: string, path: string): Loaded {
  try {
    return { raw: JSON.parse(text) };
  } catch (error) {
    return { problem: { path, message: `invalid JSON (${describeError(error)})` } };
  }
}

/**
 * Loads the `src` of a `<care-guide>` as a careful network client: one request at a time, aborted
 * when the URL changes or the element leaves the page and made again when it returns; one deadline
 * for the whole load; one retry, with backoff, for network errors, 408, 429 and 5xx; and a cap on
 * the size of the body. (Lit's Task aborts too, but has no timeout, retry or cap, and costs more.)
 */
export class SrcLoader implements ReactiveController {
  /** The URL the result or the request in flight is for. */
  src?: string;
  /** The outcome for `src`, once known. */
  result?: Loaded;
  #request?: AbortController;

  constructor(
    private host: ReactiveControllerHost & HTMLElement,
    private limits: () => LoadLimits,
  ) {
    host.addController(this);
  }

  /** True while a request for `src` is in flight. */
  get loading(): boolean {
    return this.#request !== undefined;
  }

  /** Call in willUpdate with the host's URL: a new URL drops the old result and aborts the old request. */
  sync(src: string | undefined): void {
    if (src === this.src) return;
    this.#abort();
    this.src = src;
    this.result = undefined;
    this.#start();
  }

  hostConnected(): void {
    // Loads that were cut short when the element left the page start again.
    if (this.#start()) this.host.requestUpdate();
  }

  hostDisconnected(): void {
    // The host updates once more, so that its loading state reads false.
    if (this.#request) this.host.requestUpdate();
    this.#abort();
  }

  #abort() {
    this.#request?.abort();
    this.#request = undefined;
  }

  #start(): boolean {
    if (!this.src || this.result || this.#request || isServer || !this.host.isConnected) return false;
    const request = (this.#request = new AbortController());
    void this.#load(this.src, request).then((result) => {
      if (this.#request !== request) return;
      this.#request = undefined;
      this.result = result;
      this.host.requestUpdate();
    });
    return true;
  }

  async #load(src: string, request: AbortController): Promise<Loaded> {
    const { timeout, maxBytes } = this.limits();
    const where = `"${clip(src, 100)}"`;
    const problem = (message: string): Loaded => ({ problem: { path: 'src', message } });
    const deadline = Date.now() + timeout;
    let timedOut = false;
    // Timers overflow past 2^31 - 1 ms and fire at once; no load waits that long (24.8 days) anyway.
    const timer = setTimeout(() => ((timedOut = true), request.abort()), Math.min(timeout, 2 ** 31 - 1));
    const { signal } = request;
    try {
      for (let attempt = 1; ; attempt++) {
        let response: Response;
        try {
          response = await fetch(src, { signal, headers: { Accept: 'application/json' } });
        } catch (error) {
          const wait = backoff();
          if (signal.aborted || attempt > 1 || Date.now() + wait >= deadline) throw error;
          await delay(wait, signal);
          continue;
        }
        if (response.ok) {
          const text = await readText(response, maxBytes, signal);
          return text === undefined ? problem(`${where} is larger than the limit of ${maxBytes} bytes`) : parseJson(text, 'src');
        }
        response.body?.cancel().catch(ignore);
        const wait = attempt === 1 && retryable(response.status) ? (retryAfter(response) ?? backoff()) : Infinity;
        if (Date.now() + wait >= deadline) return problem(`fetching ${where} answered HTTP ${response.status}`);
        await delay(wait, signal);
      }
    } catch (error) {
      if (timedOut) return problem(`fetching ${where} took longer than ${timeout} ms`);
      return problem(`could not fetch ${where} (${describeError(error)})`);
    } finally {
      clearTimeout(timer);
    }
  }
}
