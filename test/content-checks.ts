import { SECTION_KINDS } from '../src/content/validate.js';
import type { Frequency, SectionKey, Source, ValidGuide } from '../src/content/types.js';

const SMALL = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
/** How a source may write a number: in digits ("1,000" or "1000") or, below 100, in English words ("Thirty-three"). */
function writings(n: number): string[] {
  const words = n < 20 ? [SMALL[n]] : n < 100 ? [n % 10 ? `${TENS[Math.floor(n / 10)]}-${SMALL[n % 10]}` : TENS[n / 10]] : [];
  return [String(n), n.toLocaleString('en-US'), ...words];
}
/** True when the text states the number as a whole number, not as part of a longer one. */
const states = (text: string, n: number) =>
  writings(n).some((w) => new RegExp(`(^|[^\\w,.])${w.replace(/[,.]/g, '\\$&')}(?![\\w]|[,.]\\d)`, 'i').test(text));

const itemText = (item: Record<string, unknown>) => ['description', 'answer'].map((k) => item[k] ?? '').join(' ');

/**
 * Checks a pack's numbers: every rate is stated, both its numbers, in the quote of a source the item
 * cites; every other number in an item's text comes with a cited source. Returns what is wrong.
 */
export function unsourcedNumbers(guide: ValidGuide): string[] {
  const sources = new Map<string, Source>((guide.sources ?? []).map((s) => [s.id!, s]));
  const wrong: string[] = [];
  for (const key of Object.keys(SECTION_KINDS) as SectionKey[]) {
    for (const item of guide[key]?.items ?? []) {
      const cited = (item.sources ?? []).map((id) => sources.get(id)!);
      const frequency = 'frequency' in item ? (item.frequency as Frequency | undefined) : undefined;
      if (frequency?.count !== undefined) {
        const quoted = cited.some((s) => s.quote && s.url && states(s.quote, frequency.count!) && states(s.quote, frequency.per!));
        if (!quoted) wrong.push(`${key}/${item.id}: ${frequency.count} in ${frequency.per} is quoted by none of its sources`);
      }
      if (/(^|[^\w])\d[\d,.]*(?!\w)/.test(itemText(item as unknown as Record<string, unknown>)) && cited.length === 0) wrong.push(`${key}/${item.id}: a number with no source`);
    }
  }
  return wrong;
}

