/** Text that would end a script element, start one, or make bold text, were it ever written as markup. */
export const HOSTILE = ' </script><script>document.title="pwned"</script><b>bold</b> & <!--';

/** Fields whose value is checked against a format, so hostile text would only be dropped from them. */
const FORMATTED = new Set(['id', 'lang', 'lastReviewed', 'nextReview', 'severity', 'level', 'frequency', 'band', 'url', 'schemaVersion', 'cites', 'sources']);

/** The guide with hostile text appended to every free-text field. */
export function hostile(value, key = '') {
  if (typeof value === 'string') return FORMATTED.has(key) ? value : `${value}${HOSTILE}`;
  if (Array.isArray(value)) return value.map((item) => hostile(item, key));
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, k === '$schema' ? v : hostile(v, k)]));
  }
  return value;
}
