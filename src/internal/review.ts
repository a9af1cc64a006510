import { html, isServer, nothing, type TemplateResult } from 'lit';
import type { ContentProblem, ValidGuide } from '../content/types.js';
import { isDate, parseDate } from '../content/validate.js';
import { textProperty } from './coerce.js';
import type { CareStrings } from './strings.js';

/** A YYYY-MM-DD date in the reader's language, e.g. "25 November 2026" or "25. November 2026". */
export function formatDate(date: string, lang: string): string {
  const day = parseDate(date);
  if (!day) return date;
  try {
    return new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' }).format(day);
  } catch {
    return date;
  }
}

/** Who reviewed a guide and when, as an element shows it: its own attributes over the guide's. */
export interface Review {
  date?: string;
  dateText?: string;
  next?: string;
  nextText?: string;
  reviewer?: string;
}

/**
 * The review an element shows, with its dates formatted for the reader in `lang`. An attribute of
 * the wrong type, or a date that is not YYYY-MM-DD, is reported under the attribute's name and left out.
 */
export function resolveReview(
  own: { lastReviewed?: unknown; nextReview?: unknown; reviewedBy?: unknown },
  guide: ValidGuide | undefined,
  lang: string,
  problems: ContentProblem[],
): Review {
  const valid = (value: string | undefined, attribute: string) => {
    if (!value || isDate(value)) return value;
    problems.push({ path: attribute, message: 'expected a date as YYYY-MM-DD, in the years 1900 to 2100' });
    return undefined;
  };
  const date = valid(textProperty(own.lastReviewed, 'last-reviewed', problems) ?? guide?.lastReviewed, 'last-reviewed');
  const next = valid(textProperty(own.nextReview, 'next-review', problems) ?? guide?.nextReview, 'next-review');
  return {
    date,
    dateText: date && formatDate(date, lang),
    next,
    nextText: next && formatDate(next, lang),
    reviewer: textProperty(own.reviewedBy, 'reviewed-by', problems) ?? guide?.reviewedBy,
  };
}

/** Today in the reader's time zone, as YYYY-MM-DD. Reads `Date.now()`, so tests can set the day. */
function today(): string {
  const now = new Date(Date.now());
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

const warned = new Set<string>();

/**
 * Tells the site owner, once per page and date, that the next review is overdue. Not a content
 * error: the page still shows the date plainly, and a guide does not start failing checks on a fixed day.
 */
export function warnIfOverdue(next: string | undefined): void {
  if (isServer || !next || next >= today() || warned.has(next)) return;
  warned.add(next);
  console.warn(`care-elements: nextReview ${next} has passed. Have a clinician review this guide, then update nextReview and lastReviewed.`);
}

/** The review line: last reviewed, next review due and reviewer, each shown when known. */
export function reviewLine(strings: CareStrings, review: Review): TemplateResult | typeof nothing {
  const { date, dateText, next, nextText, reviewer } = review;
  if (!date && !next && !reviewer) return nothing;
  return html`<p part="reviewed" class="reviewed">
    ${date ? html`<span>${strings.lastReviewed}${strings.colon}<time datetime=${date}>${dateText}</time></span>` : nothing}
    ${next ? html`<span>${strings.nextReview}${strings.colon}<time datetime=${next}>${nextText}</time></span>` : nothing}
    ${reviewer ? html`<span>${strings.reviewedBy}${strings.colon}<bdi>${reviewer}</bdi></span>` : nothing}
  </p>`;
}
