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
    console.warn(`care-elements: <${tag}> is already defined, probably by another copy of the library; this copy is not registered.`);
    return;
  }
  registry.define(tag, constructor);
}
