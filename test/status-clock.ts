import type { CareFaqAccordion } from '../src/faq-accordion/faq-accordion.js';
import { statusClock } from '../src/internal/faq-search.js';

/**
 * Stands in for the status line's timer, so that a test ends the reader's pause itself rather
 * than sleeping through it.
 */
export function useStatusClock() {
  const real = { ...statusClock };
  let waits = new Map<number, { done: () => void; ms: number }>();
  let next = 0;
  beforeEach(() => {
    waits = new Map();
    statusClock.wait = (done, ms) => (waits.set(++next, { done, ms }), next);
    statusClock.cancel = (timer) => waits.delete(timer as number);
  });
  afterEach(() => Object.assign(statusClock, real));
  return {
    /** How long each wait still running is. */
    waiting: () => [...waits.values()].map((wait) => wait.ms),
    /** The reader stops typing, once the element has seen the last keystroke: every wait ends, and the element has updated. */
    async pause(el: CareFaqAccordion) {
      await el.updateComplete;
      const ended = [...waits.values()];
      waits.clear();
      for (const wait of ended) wait.done();
      await el.updateComplete;
    },
  };
}
