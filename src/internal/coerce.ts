import { describeValue } from '../content/describe.js';
import type { ContentProblem } from '../content/types.js';

/**
 * A text property as the element uses it, whatever a page's script set it to: null and undefined
 * mean unset, a finite number is text where `numbers` allows it, and anything else is reported at
 * `path` (the attribute's name) and treated as unset, so the element still renders.
 */
export function textProperty(value: unknown, path: string, problems: ContentProblem[], numbers = false): string | undefined {
  if (value == null) return undefined;
  if (typeof value === 'string') return value;
  if (numbers && typeof value === 'number' && Number.isFinite(value)) return String(value);
  problems.push({ path, message: `expected text, got ${describeValue(value)}` });
  return undefined;
}
