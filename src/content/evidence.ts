import { describeValue, isObject } from './describe.js';
import { displayText } from './rules.js';
import type { Evidence, EvidenceLevel, Frequency, FrequencyBand } from './types.js';

/** The EU patient-leaflet bands, most frequent first, then "not known". */
export const FREQUENCY_BANDS: readonly FrequencyBand[] = ['very-common', 'common', 'uncommon', 'rare', 'very-rare', 'not-known'];

export const EVIDENCE_LEVELS: readonly EvidenceLevel[] = ['limited', 'moderate', 'strong'];

type Report = (path: string, message: string) => void;
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
 * A frequency as written, or undefined with its problem reported. Any problem leaves the whole
 * frequency out: a band whose number disagrees with it would tell the reader something untrue.
 * @internal
 */
export function readFrequency(raw: unknown, path: string, report: Report): Frequency | undefined {
  const { band, count, per } = isObject(raw) ? raw : {};
  let problem: [string, string] | undefined;
  if (!isObject(raw)) problem = [path, 'expected { band, count?, per? }'];
  else if (!FREQUENCY_BANDS.includes(band as FrequencyBand)) problem = [`${path}.band`, oneOf(FREQUENCY_BANDS)];
  else if (count === undefined && per === undefined) return { band: band as FrequencyBand };
  else if (!isRate(count) || !isRate(per)) problem = [`${path}.${isRate(count) ? 'per' : 'count'}`, `expected count and per, numbers above 0; got ${describeValue(isRate(count) ? per : count)}`];
  else if (count > per) problem = [`${path}.count`, `${count} in ${per} is more than everyone`];
  else if (bandOf(count, per) !== band) problem = [path, `${count} in ${per} is "${bandOf(count, per)}", not "${String(band)}"`];
  else return { band: band as FrequencyBand, count, per };
  report(problem[0], `${problem[1]}; frequency left out`);
  return undefined;
}

/**
 * An evidence statement as written, or undefined with its problem reported; a bad note alone is left out.
 * @internal
 */
export function readEvidence(raw: unknown, path: string, report: Report): Evidence | undefined {
  const { level, note } = isObject(raw) ? raw : {};
  if (!EVIDENCE_LEVELS.includes(level as EvidenceLevel)) {
    report(isObject(raw) ? `${path}.level` : path, `${isObject(raw) ? oneOf(EVIDENCE_LEVELS) : 'expected { level, note? }'}; evidence left out`);
    return undefined;
  }
  const text = typeof note === 'string' ? note.trim() : '';
  if (note != null && !text) report(`${path}.note`, typeof note === 'string' ? 'expected non-empty text' : `expected text, got ${describeValue(note)}`);
  return text ? { level: level as EvidenceLevel, note: displayText(text, `${path}.note`, report) } : { level: level as EvidenceLevel };
}
