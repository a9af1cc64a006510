import { describeValue } from '../content/describe.js';
import type { ContentProblem } from '../content/types.js';
import { headingLevel } from './text.js';

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

/**
 * An attribute that takes one of a few words, such as `variant`: unset is fine, and any other
 * value is reported at `path` and ignored, so a misspelt word is not silently lost.
 */
export function checkChoice(value: unknown, path: string, choices: readonly string[], problems: ContentProblem[]): void {
  if (value == null || choices.includes(value as string)) return;
  problems.push({ path, message: `expected ${choices.map((choice) => `"${choice}"`).join(' or ')}, got ${describeValue(value)}; ignored` });
}

/**
 * A `heading-level` as the element uses it, 1 to 6: a value that is no whole number in that range
 * is reported, with the level used instead.
 */
export function headingLevelProperty(value: unknown, fallback: number, problems: ContentProblem[]): number {
  const level = headingLevel(value, fallback);
  if (level !== Number(value)) {
    const got = Number.isNaN(value) ? 'no number' : describeValue(value);
    problems.push({ path: 'heading-level', message: `expected a whole number from 1 to 6, got ${got}; level ${level} is used` });
  }
  return level;
}
