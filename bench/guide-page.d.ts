/** A script for the page's <head>: `window.shifts` collects layout shifts, `window.flushShifts()` the undelivered ones, `window.firstPaint` the first paint's time. */
export const SHIFT_OBSERVER: string;

/** For the page's <head>: a site's own typography, unlike the elements' defaults (a serif face, taller lines, its own paragraph margins). */
export const SITE_TYPE: string;

/**
 * The built-in guide as a CMS page writes it, for the guide given (the JSON document, parsed); `head` goes in its <head>.
 * `bareAnswers` writes each FAQ answer as text straight inside its `<care-faq-item>`; `openFirstTwo` opens the first two;
 * `headingAttributes` writes each title as the `heading` attribute.
 */
export function guidePage(guide: unknown, head?: string, options?: { bareAnswers?: boolean; openFirstTwo?: boolean; headingAttributes?: boolean }): string;
