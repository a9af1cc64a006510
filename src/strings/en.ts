/** The plural forms a phrase with a count can have; `Intl.PluralRules` picks one for each count. */
export const PLURAL_FORMS = ['zero', 'one', 'two', 'few', 'many', 'other'] as const satisfies readonly Intl.LDMLPluralRule[];

/** Phrases written once per plural form, as `key_one`, `key_other`… */
export const PLURAL_KEYS = ['searchResults'] as const;
export type PluralKey = (typeof PLURAL_KEYS)[number];

/** A phrase with a count: `other` always, and each further form its language's plural rules use. */
type Plural<K extends string> = { [F in `${K}_${Exclude<Intl.LDMLPluralRule, 'other'>}`]?: string } & {
  [F in `${K}_other`]: string;
};

/**
 * Every word a component adds by itself, in one language. Placeholders are written `{name}`.
 * A new key needs a value in every language of `src/strings/`, which the type checker enforces.
 */
export interface CareStrings extends Plural<'searchResults'> {
  /** Between a label and what it labels: "Duration: 30 minutes", "Last reviewed: 25 November 2026". */
  colon: string;
  /** The FAQ's button that opens every answer. */
  showAll: string;
  /** The same button once every answer is open. */
  hideAll: string;
  /** The label of the FAQ's search box. */
  searchLabel: string;
  // searchResults_*: how many questions match the search, `{count}` of `{total}`.
  /** No question matches the search `{query}`. */
  searchNone: string;
  /** The search matches the FAQ's only question: "1 of 1 questions" would be wrong in most languages. */
  searchOnly: string;
  /** A step's position, heard before its title: `{n}` of `{total}`. */
  stepOf: string;
  /** A step's position followed by its progress: `{step}` and `{state}`. */
  stepWithState: string;
  /** Progress of a step before the current one. */
  stepDone: string;
  /** Progress of the current step. */
  stepCurrent: string;
  /** Progress of a step after the current one. */
  stepUpcoming: string;
  /** Heard before a step's duration. */
  duration: string;
  /** The compact timeline's button that shows a step's description. */
  details: string;
  /** A risk's severity label, `{level}` being one of the three below. */
  severity: string;
  severityLow: string;
  severityModerate: string;
  severityHigh: string;
  /** The heading of risks without a severity, when risks are grouped by severity. */
  severityUnrated: string;
  /** The review note's heading for screen readers, over its disclaimer and review dates: what the guide is and who stands behind it. */
  aboutGuide: string;
  /** Before the date the guide was last reviewed. */
  lastReviewed: string;
  /** Before the date the guide is due its next review. */
  nextReview: string;
  /** Before who reviewed the guide. */
  reviewedBy: string;
  /** The heading of the guide's list of sources. */
  sources: string;
  /** How often a risk (or benefit) happens, `{value}` being a band below or `frequencyRate`. */
  frequency: string;
  /** A band with the rate a source states: `{band}`, `{count}` in `{per}` people. */
  frequencyRate: string;
  /** The EU patient-leaflet bands: 1 in 10 or more … fewer than 1 in 10,000, and not known. */
  frequencyVeryCommon: string;
  frequencyCommon: string;
  frequencyUncommon: string;
  frequencyRare: string;
  frequencyVeryRare: string;
  frequencyNotKnown: string;
  /** How strong the evidence for a benefit is, `{level}` being one of the three below. */
  evidence: string;
  evidenceLimited: string;
  evidenceModerate: string;
  evidenceStrong: string;
  /** A numbered citation as screen readers hear it: source number `{n}`. */
  citation: string;
  /** Before the links from a source back to the items that cite it. */
  backToText: string;
  /** Shown by a guide while its first content loads from `src`, where its sections will be. */
  loadingGuide: string;
}

export const en: CareStrings = {
  colon: ': ',
  showAll: 'Show all',
  hideAll: 'Hide all',
  searchLabel: 'Search questions',
  searchResults_one: '{count} of {total} questions matches',
  searchResults_other: '{count} of {total} questions match',
  searchNone: 'No questions match “{query}”',
  searchOnly: 'The only question matches',
  stepOf: 'Step {n} of {total}',
  stepWithState: '{step}, {state}',
  stepDone: 'Done',
  stepCurrent: 'Current step',
  stepUpcoming: 'Upcoming',
  duration: 'Duration',
  details: 'Details',
  severity: 'Severity: {level}',
  severityLow: 'low',
  severityModerate: 'moderate',
  severityHigh: 'high',
  severityUnrated: 'Other considerations',
  aboutGuide: 'About this guide',
  lastReviewed: 'Last reviewed',
  nextReview: 'Next review due',
  reviewedBy: 'Reviewed by',
  sources: 'Sources',
  frequency: 'How common: {value}',
  frequencyRate: '{band}, about {count} in {per} people',
  frequencyVeryCommon: 'very common',
  frequencyCommon: 'common',
  frequencyUncommon: 'uncommon',
  frequencyRare: 'rare',
  frequencyVeryRare: 'very rare',
  frequencyNotKnown: 'not known',
  evidence: 'Evidence: {level}',
  evidenceLimited: 'limited',
  evidenceModerate: 'moderate',
  evidenceStrong: 'strong',
  citation: 'Source {n}',
  backToText: 'Back to text',
  loadingGuide: 'Loading the guide…',
};
