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
 * The URL, trimmed, if it may become a link (http, https, mailto, tel or relative), else undefined.
 * The trimmed string is the one parsed, the way a browser parses an href, so tricks like
 * "java\tscript:" or a no-break space before "javascript:" are caught; one with a space, a control
 * character or a backslash left inside, or with a user name or password, is no link.
 */
export function safeUrl(url: unknown): string | undefined {
  if (typeof url !== 'string') return undefined;
  const trimmed = url.trim();
  if (trimmed === '' || NEVER_INSIDE.test(trimmed) || CREDENTIALS.test(trimmed)) return undefined;
  try {
    return SAFE_PROTOCOLS.has(new URL(trimmed, 'https://relative.invalid/').protocol) ? trimmed : undefined;
  } catch {
    return undefined;
  }
}
