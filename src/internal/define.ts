/**
 * Registers a custom element once. A second copy of the library (another bundle or version)
 * warns instead of throwing, and the first definition stays in use.
 */
export function define(tag: string, constructor: CustomElementConstructor): void {
  const registry = globalThis.customElements;
  if (!registry) return;
  const existing = registry.get(tag);
  if (existing === constructor) return;
  if (existing) {
    console.warn(`<${tag}> is already defined, likely by another copy of care-elements; this one is not registered.`);
    return;
  }
  registry.define(tag, constructor);
}
