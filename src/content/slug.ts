/**
 * Folds case and accents, so "Cafe" finds "café" and both slug alike.
 * @internal
 */
export function foldText(text: string): string {
  return text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
}

/**
 * A stable, URL-safe slug: lower case ASCII letters, digits and single hyphens. Folds a prefix at a
 * time, each twice the last, until it gives enough: folding goes a character at a time, so a prefix's
 * slug begins the whole text's, and a 10 MB question costs no more than its first words.
 */
export function slugify(text: string, maxLength = 60): string {
  let slug = '';
  for (let end = maxLength; ; end *= 2) {
    // Never between the halves of a surrogate pair: 𝐀 folds to "a", its first half alone to "-".
    const cut = /[\uD800-\uDBFF]/.test(text.charAt(end - 1)) ? end - 1 : end;
    slug = foldText(text.slice(0, cut)).replace(/[^a-z0-9]+/g, '-');
    if (end >= text.length || slug.length >= maxLength) break;
  }
  return slug.slice(0, maxLength).replace(/^-+|-+$/g, '') || 'item';
}

/**
 * Hands out ids unique within one set: a taken id gets `-2`, `-3`… Each base remembers the
 * last number it handed out, so n repeats of one title cost O(n), not O(n²).
 * @internal
 */
export class IdClaims {
  #taken = new Set<string>();
  #next = new Map<string, number>();

  /** Takes `id` exactly as written; false when it is already taken. */
  take(id: string): boolean {
    if (this.#taken.has(id)) return false;
    this.#taken.add(id);
    return true;
  }

  /** Takes `wanted`, or else the first free `wanted-N`. */
  claim(wanted: string): string {
    if (this.take(wanted)) return wanted;
    let n = this.#next.get(wanted) ?? 2;
    while (this.#taken.has(`${wanted}-${n}`)) n++;
    this.#next.set(wanted, n + 1);
    const id = `${wanted}-${n}`;
    this.#taken.add(id);
    return id;
  }
}
