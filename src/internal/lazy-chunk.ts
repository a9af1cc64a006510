/** How long code fetched when first needed may take before the element goes on without it. */
export const CHUNK_TIMEOUT_MS = 10_000;

/**
 * Code a page fetches only when it first needs it (a chunk behind `import()`), fetched once: callers
 * share the fetch on its way and, once it has come, its module. A fetch that fails or has no answer
 * within `timeoutMs` is warned about, as `what` could not be loaded and `otherwise` follows,
 * and forgotten, so that a later call tries again; the promise the callers hold rejects.
 */
export function lazyChunk<T>(load: () => Promise<T>, what: string, otherwise: string, timeoutMs = CHUNK_TIMEOUT_MS): () => Promise<T> {
  let module: T | undefined;
  let loading: Promise<T> | undefined;
  return () => {
    if (module) return Promise.resolve(module);
    if (loading) return loading;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const fetched = load().then((value) => (module = value));
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`no answer in ${timeoutMs / 1000} s`)), timeoutMs);
    });
    loading = Promise.race([fetched, timeout]).then(
      (value) => {
        clearTimeout(timer);
        return value;
      },
      (error: unknown) => {
        clearTimeout(timer);
        loading = undefined;
        console.warn(`care-elements: ${what} could not be loaded (${String(error)}); ${otherwise}`);
        throw error;
      },
    );
    // A fetch that answers after its time still serves the next call; one that fails late was warned of as timed out.
    fetched.catch(() => {});
    return loading;
  };
}

/**
 * For a host's `getUpdateComplete()`: its update, then each chunk it is still waiting for and the
 * update that follows it, until it waits for none.
 */
export async function updatedWith(update: () => Promise<boolean>, pending: () => Promise<unknown> | undefined): Promise<boolean> {
  let complete = await update();
  for (let waiting = pending(); waiting; waiting = pending()) {
    await waiting;
    complete = await update();
  }
  return complete;
}
