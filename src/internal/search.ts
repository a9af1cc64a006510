import { foldText } from '../content/slug.js';

/** True when every word of the query is found in one of the texts. */
export function matchesQuery(query: string, ...texts: (string | undefined)[]): boolean {
  const haystack = foldText(texts.filter(Boolean).join(' '));
  return foldText(query)
    .split(/\s+/)
    .filter(Boolean)
    .every((word) => haystack.includes(word));
}
