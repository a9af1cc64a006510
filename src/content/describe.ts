/** Longest piece of content a problem message quotes; the rest is cut with an ellipsis. */
const QUOTE_LENGTH = 40;

/** A JSON object of content, its fields not yet read. */
export type Raw = Record<string, unknown>;

/**
 * Whether a value is a JSON object: not null, not a list.
 * @internal
 */
export const isObject = (value: unknown): value is Raw => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * At most `max` characters of `text`, with an ellipsis when cut.
 * @internal
 */
export function clip(text: string, max = QUOTE_LENGTH): string {
  return text.length > max ? `${text.slice(0, max)}…` : text;
}

/**
 * A short description of any value for a problem message: never serialised, so BigInts, cycles,
 * deep nesting and megabyte strings cost nothing and cannot throw.
 * @internal
 */
export function describeValue(value: unknown): string {
  if (value === null) return 'null';
  switch (typeof value) {
    case 'string':
      return JSON.stringify(clip(value));
    case 'number':
    case 'boolean':
      return String(value);
    case 'bigint':
      return `${clip(String(value))}n`;
    case 'undefined':
      return 'nothing';
    case 'object':
      return Array.isArray(value) ? 'a list' : 'an object';
    default:
      return `a ${typeof value}`;
  }
}

/**
 * What an error says, for a problem message, even when it is not an Error or reading it throws.
 * @internal
 */
export function describeError(error: unknown): string {
  try {
    return error instanceof Error ? clip(String(error.message), 120) : describeValue(error);
  } catch {
    return 'an unreadable error';
  }
}
