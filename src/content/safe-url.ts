const SAFE_PROTOCOLS = new Set(['http:', 'https:', 'mailto:', 'tel:']);

/**
 * The URL if it may become a link (http, https, mailto, tel or relative), else undefined.
 * Parsed the way a browser parses an href, so tricks like "java\tscript:" are caught.
 */
export function safeUrl(url: unknown): string | undefined {
  if (typeof url !== 'string' || url.trim() === '') return undefined;
  try {
    const parsed = new URL(url, 'https://relative.invalid/');
    return SAFE_PROTOCOLS.has(parsed.protocol) ? url.trim() : undefined;
  } catch {
    return undefined;
  }
}
