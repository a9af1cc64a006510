let warned = false;

/**
 * Registers a custom element once. A second copy of the library (another bundle or version)
 * warns once instead of throwing, and the first definitions stay in use.
 */
export function define(tag: string, constructor: CustomElementConstructor): void {
  const registry = globalThis.customElements;
  if (!registry) return;
  const existing = registry.get(tag);
  if (existing === constructor) return;
  if (existing) {
    if (!warned) console.warn(`<${tag}> and the other care-* elements are already defined, likely by another copy of care-elements; this copy's are not registered.`);
    warned = true;
    return;
  }
  registry.define(tag, constructor);
}
