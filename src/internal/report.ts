import type { ContentProblem } from '../content/types.js';
import { describeProblems } from '../content/validate.js';
import { emit } from './events.js';

const lastReport = new WeakMap<Element, string>();

/**
 * Tells the page about bad content: one console warning naming the element and every field path,
 * and a bubbling `care-content-error` event. The same problems are not reported twice in a row;
 * once an element has none, the next problem is news again.
 */
export function reportProblems(host: Element, problems: ContentProblem[]): void {
  if (problems.length === 0) {
    lastReport.delete(host);
    return;
  }
  const text = describeProblems(problems);
  if (lastReport.get(host) === text) return;
  lastReport.set(host, text);
  const count = problems.length === 1 ? '1 content problem' : `${problems.length} content problems`;
  console.warn(`<${host.localName}>: ${count}; the rest of the content still renders.\n${text}`);
  emit(host, 'care-content-error', { problems });
}
