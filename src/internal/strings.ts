/** Every word a component adds by itself. Placeholders are written `{name}`. */
export interface CareStrings {
  showAll: string;
  hideAll: string;
  searchLabel: string;
  searchResults_one: string;
  searchResults_other: string;
  searchNone: string;
  stepOf: string;
  stepDone: string;
  stepCurrent: string;
  stepUpcoming: string;
  duration: string;
  details: string;
  severity: string;
  severityLow: string;
  severityModerate: string;
  severityHigh: string;
  lastReviewed: string;
  nextReview: string;
  reviewedBy: string;
  sources: string;
  severityUnrated: string;
  frequency: string;
  frequencyRate: string;
  frequencyVeryCommon: string;
  frequencyCommon: string;
  frequencyUncommon: string;
  frequencyRare: string;
  frequencyVeryRare: string;
  frequencyNotKnown: string;
  evidence: string;
  evidenceLimited: string;
  evidenceModerate: string;
  evidenceStrong: string;
  citation: string;
  backToText: string;
}

export const en: CareStrings = {
  showAll: 'Show all',
  hideAll: 'Hide all',
  searchLabel: 'Search questions',
  searchResults_one: '{count} of {total} questions matches',
  searchResults_other: '{count} of {total} questions match',
  searchNone: 'No questions match “{query}”',
  stepOf: 'Step {n} of {total}',
  stepDone: 'Done',
  stepCurrent: 'Current step',
  stepUpcoming: 'Upcoming',
  duration: 'Duration',
  details: 'Details',
  severity: 'Severity: {level}',
  severityLow: 'low',
  severityModerate: 'moderate',
  severityHigh: 'high',
  lastReviewed: 'Last reviewed',
  nextReview: 'Next review due',
  reviewedBy: 'Reviewed by',
  sources: 'Sources',
  severityUnrated: 'Other considerations',
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
};

const tables = new Map<string, Partial<CareStrings>>([['en', en]]);

/**
 * Adds or overrides words for a language (`"es"`, `"pt-BR"`). A page calls this before or after
 * the elements render; elements that render later use the new words.
 */
export function registerStrings(lang: string, strings: Partial<CareStrings>): void {
  const key = lang.toLowerCase();
  tables.set(key, { ...tables.get(key), ...strings });
}

/** The words for a language: its own table over its primary language's over English. */
export function stringsFor(lang: string | undefined): CareStrings {
  const tag = (lang || 'en').toLowerCase();
  const primary = tag.split('-')[0];
  return { ...en, ...tables.get('en'), ...tables.get(primary), ...tables.get(tag) };
}

/** Fills `{name}` placeholders. */
export function format(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in values ? String(values[name]) : whole,
  );
}

/** Picks `key_one` / `key_other` for a count, by the language's plural rules. */
export function plural(
  strings: CareStrings,
  lang: string,
  key: 'searchResults',
  count: number,
  values: Record<string, string | number>,
): string {
  let rule = 'other';
  try {
    rule = new Intl.PluralRules(lang || 'en').select(count);
  } catch {
    // An unusable language tag keeps the "other" form.
  }
  const template = rule === 'one' ? strings[`${key}_one`] : strings[`${key}_other`];
  return format(template, { count, ...values });
}
