const SAFE_PROTOCOLS = new Set(['http:', 'https:', 'mailto:', 'tel:']);
/**
 * A space, a control character or a backslash inside a URL: a typo ("https ://") the parser would
 * turn into a relative link, or a trick ("/\evil.example", which browsers read as "//evil.example").
 */
const NEVER_INSIDE = /[\s\\\p{Cc}]/u;
/**
 * A user name or password before an "@" in an http(s) or scheme-relative URL's address:
 * "https://clinic.example@evil.example/" reads as the clinic's site and opens evil.example.
 * @internal
 */
export const CREDENTIALS = /^(?:https?:\/*|\/\/+)[^/?#]*@/i;
/**
 * An http(s) scheme without "//" after it: "https:evil.example" opens evil.example from an http page,
 * and is a path on an https one; a typo or a trick either way.
 * @internal
 */
export const NO_SLASHES = /^https?:(?!\/\/)/i;
/**
 * Half of a UTF-16 surrogate pair without its other half (a `u` pattern reads a whole pair as one
 * character, never as `\p{Cs}`): no character at all, in a URL Chromium cannot parse and Firefox links.
 * @internal
 */
export const LONE_SURROGATE = /\p{Cs}/u;
/** True for well-formed Unicode; `isWellFormed` is ES2024, missing from browsers before 2023. */
const wellFormed = (text: string) => (text as { isWellFormed?: () => boolean }).isWellFormed?.() ?? !LONE_SURROGATE.test(text);
/** The spaces an author types in a phone number or an email's subject ("tel:+44 20 7946 0000"). */
const SPACES = /\p{Zs}/gu;

/**
 * The href to write, if the URL may become a link (http, https, mailto, tel or relative), else undefined.
 * The trimmed string is the one parsed, the way a browser parses an href, so tricks like
 * "java\tscript:" or a no-break space before "javascript:" are caught; one with a space, a control
 * character or a backslash left inside, with half of a surrogate pair, with a user name or password,
 * or an http(s) one without "//" after its scheme, is no link. Only once the scheme is tel: or mailto: are spaces taken: a phone
 * dials none, so they are dropped, and a mail program reads "%20" as one (browsers would keep them
 * raw in a tel: href, or a mailto: address).
 */
export function safeUrl(url: unknown): string | undefined {
  if (typeof url !== 'string') return undefined;
  const trimmed = url.trim();
  const href = /^tel:/i.test(trimmed) ? trimmed.replace(SPACES, '') : /^mailto:/i.test(trimmed) ? trimmed.replace(SPACES, '%20') : trimmed;
  if (href === '' || NEVER_INSIDE.test(href) || !wellFormed(href) || CREDENTIALS.test(href) || NO_SLASHES.test(href)) return undefined;
  try {
    return SAFE_PROTOCOLS.has(new URL(href, 'https://relative.invalid/').protocol) ? href : undefined;
  } catch {
    return undefined;
  }
}
