import { describeValue } from './describe.js';
import type { Evidence, EvidenceLevel, Frequency, FrequencyBand } from './types.js';

/** The EU patient-leaflet bands, most frequent first, then "not known". */
export const FREQUENCY_BANDS: readonly FrequencyBand[] = ['very-common', 'common', 'uncommon', 'rare', 'very-rare', 'not-known'];

export const EVIDENCE_LEVELS: readonly EvidenceLevel[] = ['limited', 'moderate', 'strong'];

type Report = (path: string, message: string) => void;
type Raw = Record<string, unknown>;

const isObject = (value: unknown): value is Raw => typeof value === 'object' && value !== null && !Array.isArray(value);
const oneOf = (values: readonly string[]) => `expected one of ${values.map((v) => `"${v}"`).join(', ')}`;

/**
 * The band a rate of `count` in `per` falls in. Compared by multiplying, not dividing, so a rate
 * on a boundary ("1 in 1,000") lands in the band the leaflets give it (uncommon), whatever the rounding.
 */
export function bandOf(count: number, per: number): FrequencyBand {
  if (count * 10 >= per) return 'very-common';
  if (count * 100 >= per) return 'common';
  if (count * 1_000 >= per) return 'uncommon';
  if (count * 10_000 >= per) return 'rare';
  return 'very-rare';
}

const isRate = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value) && value > 0;

/**
 * A frequency as written, or undefined with its problems reported. Any problem leaves the whole
 * frequency out: a band whose number disagrees with it would tell the reader something untrue.
 */
export function readFrequency(raw: unknown, path: string, report: Report): Frequency | undefined {
  if (!isObject(raw)) {
    report(path, 'expected { band, count?, per? }; frequency left out');
    return undefined;
  }
  const { band, count, per } = raw;
  if (typeof band !== 'string' || !FREQUENCY_BANDS.includes(band as FrequencyBand)) {
    report(`${path}.band`, `${oneOf(FREQUENCY_BANDS)}; frequency left out`);
    return undefined;
  }
  if (count === undefined && per === undefined) return { band: band as FrequencyBand };
  for (const [key, value] of [['count', count], ['per', per]] as const) {
    if (!isRate(value)) {
      report(`${path}.${key}`, `expected a number above 0 with both count and per, got ${describeValue(value)}; frequency left out`);
      return undefined;
    }
  }
  const [n, of] = [count as number, per as number];
  if (n > of) {
    report(`${path}.count`, `${n} in ${of} is more than everyone; frequency left out`);
    return undefined;
  }
  const actual = bandOf(n, of);
  if (actual !== band) {
    report(path, `${n} in ${of} is "${actual}", not "${band}"; frequency left out`);
    return undefined;
  }
  return { band: band as FrequencyBand, count: n, per: of };
}

/** An evidence statement as written, or undefined with its problems reported; a bad note alone is left out. */
export function readEvidence(raw: unknown, path: string, report: Report): Evidence | undefined {
  if (!isObject(raw)) {
    report(path, 'expected { level, note? }; evidence left out');
    return undefined;
  }
  const { level, note } = raw;
  if (typeof level !== 'string' || !EVIDENCE_LEVELS.includes(level as EvidenceLevel)) {
    report(`${path}.level`, `${oneOf(EVIDENCE_LEVELS)}; evidence left out`);
    return undefined;
  }
  const text = typeof note === 'string' ? note.trim() : '';
  if (note != null && !text) report(`${path}.note`, 'expected non-empty text');
  return text ? { level: level as EvidenceLevel, note: text } : { level: level as EvidenceLevel };
}
