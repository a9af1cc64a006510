import type { ContentProblem } from '../content/types.js';
import { describeProblems } from '../content/validate.js';
import { emit } from './events.js';

/** Problems listed in one console warning; the event carries them all. */
const LISTED = 50;

const lastReport = new WeakMap<Element, string>();

/**
 * Tells the page about bad content: one console warning naming the element and the field paths (the
 * first 50), and a bubbling `care-content-error` event with every problem. The same problems are not
 * reported twice in a row; once an element has none, the next problem is news again.
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
  const listed = problems.length > LISTED ? `${describeProblems(problems.slice(0, LISTED))}\n  … and ${problems.length - LISTED} more in the care-content-error event` : text;
  console.warn(`<${host.localName}>: ${count}; the rest of the content still renders.\n${listed}`);
  emit(host, 'care-content-error', { problems });
}
