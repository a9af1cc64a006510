const SAFE_PROTOCOLS = new Set(['http:', 'https:', 'mailto:', 'tel:']);

/**
 * The URL, trimmed, if it may become a link (http, https, mailto, tel or relative), else undefined.
 * The trimmed string is the one parsed, the way a browser parses an href, so tricks like
 * "java\tscript:" or a no-break space before "javascript:" are caught.
 */
export function safeUrl(url: unknown): string | undefined {
  if (typeof url !== 'string') return undefined;
  const trimmed = url.trim();
  if (trimmed === '') return undefined;
  try {
    return SAFE_PROTOCOLS.has(new URL(trimmed, 'https://relative.invalid/').protocol) ? trimmed : undefined;
  } catch {
    return undefined;
  }
}
