import { html, nothing, type TemplateResult } from 'lit';
import { safeUrl } from '../content/safe-url.js';
import type { Checked, Evidence, EvidenceLevel, Frequency, FrequencyBand, SectionKey, Source, ValidGuide } from '../content/types.js';
import { SECTION_KINDS } from '../content/validate.js';
import { format, formatNumber, type CareStrings } from './strings.js';

const BANDS = {
  'very-common': 'frequencyVeryCommon',
  common: 'frequencyCommon',
  uncommon: 'frequencyUncommon',
  rare: 'frequencyRare',
  'very-rare': 'frequencyVeryRare',
  'not-known': 'frequencyNotKnown',
} as const satisfies Record<FrequencyBand, keyof CareStrings>;
const LEVELS = { limited: 'evidenceLimited', moderate: 'evidenceModerate', strong: 'evidenceStrong' } as const satisfies Record<EvidenceLevel, keyof CareStrings>;
/** A meter that fills with the strength of the evidence, so the level reads by shape as well as in words. */
const METERS: Record<EvidenceLevel, string> = { limited: '▮▯▯', moderate: '▮▮▯', strong: '▮▮▮' };

/** "How common: uncommon, about 1 in 136 people": the band in words, and the rate in plain words when the content gives one. */
export function frequencyText(frequency: Frequency, strings: CareStrings, lang: string): string {
  const band = strings[BANDS[frequency.band]];
  const { count, per } = frequency;
  const value = count && per ? format(strings.frequencyRate, { band, count: formatNumber(count, lang), per: formatNumber(per, lang) }) : band;
  return format(strings.frequency, { value });
}

/** An item's frequency as one line of text, which sighted readers and screen readers get alike. */
export function frequencyLine(frequency: Frequency | undefined, strings: CareStrings, lang: string): TemplateResult | typeof nothing {
  return frequency ? html`<p part="frequency" class="frequency">${frequencyText(frequency, strings, lang)}</p>` : nothing;
}

/** A benefit's evidence: the level in words with a meter beside it (never colour alone), then its note. */
export function evidenceBlock(evidence: Evidence | undefined, strings: CareStrings): TemplateResult | typeof nothing {
  if (!evidence) return nothing;
  const level = format(strings.evidence, { level: strings[LEVELS[evidence.level]] });
  return html`<div part="evidence" class="evidence ${evidence.level}">
    <p class="level"><span class="meter" aria-hidden="true">${METERS[evidence.level]}</span>${level}</p>
    ${evidence.note ? html`<p class="note">${evidence.note}</p>` : nothing}
  </div>`;
}

/** Each source's number, its place in the guide's list from 1, by id: worked out once per list. */
const numbered = new WeakMap<readonly Checked<Source>[], Map<string | undefined, number>>();

function sourceNumbers(sources: readonly Checked<Source>[]): Map<string | undefined, number> {
  let numbers = numbered.get(sources);
  if (!numbers) numbered.set(sources, (numbers = new Map(sources.map((source, i) => [source.id, i + 1]))));
  return numbers;
}

/**
 * Small numbered citations, each a link to `#source-<id>` in the review note, named "Source 2" for
 * screen readers while the eye sees "2". A cited id the guide's sources do not have is not shown: there is nothing to link to.
 */
export function citations(refs: readonly string[] | undefined, sources: readonly Checked<Source>[] | undefined, strings: CareStrings): TemplateResult | typeof nothing {
  if (!refs?.length || !sources?.length) return nothing;
  const numbers = sourceNumbers(sources);
  // In number order, as numbered references read, whatever order the content listed them in.
  const cited = refs.filter((id) => numbers.has(id)).sort((a, b) => numbers.get(a)! - numbers.get(b)!);
  if (!cited.length) return nothing;
  return html`<sup part="citations" class="citations">${cited.map((id, i) => {
    const n = numbers.get(id)!;
    // The words are text, not aria-label, so they are translated, found by page search and read in order.
    return html`${i ? ', ' : ''}<a href=${safeUrl(`#source-${id}`) ?? ''}><span class="visually-hidden">${format(strings.citation, { n })}</span><span aria-hidden="true">${n}</span></a>`;
  })}</sup>`;
}

/** An item that cites a source: its id, for the link back, and its title or question. */
export interface Citing {
  id: string;
  label: string;
}

/** The items of a guide that cite each source, by source id, in the guide's order. */
export function citedBy(guide: ValidGuide | undefined): Map<string, Citing[]> {
  const map = new Map<string, Citing[]>();
  for (const key of Object.keys(SECTION_KINDS) as SectionKey[]) {
    for (const item of guide?.[key]?.items ?? []) {
      const label = 'question' in item ? item.question : item.title;
      for (const ref of item.sources ?? []) map.set(ref, [...(map.get(ref) ?? []), { id: item.id, label }]);
    }
  }
  return map;
}
