/** A stable, URL-safe slug: lower case ASCII letters, digits and single hyphens. */
export function slugify(text: string, maxLength = 60): string {
  const slug = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, maxLength)
    .replace(/^-+|-+$/g, '');
  return slug || 'item';
}

/** Hands out ids that are unique within one guide: a repeated slug gets `-2`, `-3`… */
export class IdRegistry {
  private taken = new Set<string>();

  claim(wanted: string): string {
    let id = wanted;
    for (let n = 2; this.taken.has(id); n++) id = `${wanted}-${n}`;
    this.taken.add(id);
    return id;
  }

  has(id: string): boolean {
    return this.taken.has(id);
  }
}
