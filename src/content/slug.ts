/** Folds case and accents, so "Cafe" finds "café" and both slug alike. */
export function foldText(text: string): string {
  return text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
}

/** A stable, URL-safe slug: lower case ASCII letters, digits and single hyphens. */
export function slugify(text: string, maxLength = 60): string {
  const slug = foldText(text)
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, maxLength)
    .replace(/^-+|-+$/g, '');
  return slug || 'item';
}

/** Hands out an id unique within `taken`: a repeated slug gets `-2`, `-3`… */
export function claimId(taken: Set<string>, wanted: string): string {
  let id = wanted;
  for (let n = 2; taken.has(id); n++) id = `${wanted}-${n}`;
  taken.add(id);
  return id;
}
