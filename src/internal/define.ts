import { ContextRoot } from '@lit/context';
import { isServer } from 'lit';

let warned = false;
let rooted = false;

/**
 * Registers a custom element once. A second copy of the library (another bundle or version)
 * warns once instead of throwing, and the first definitions stay in use.
 *
 * The first element it registers also gives the page a context root, which asks again for the
 * guide on behalf of elements that asked before any `<care-guide>` could answer: with one file per
 * element, a section's file may run before the guide's.
 */
export function define(tag: string, constructor: CustomElementConstructor): void {
  const registry = globalThis.customElements;
  if (!registry) return;
  const existing = registry.get(tag);
  if (existing === constructor) return;
  if (existing) {
    if (!warned) console.warn(`<${tag}> is already defined, likely by another copy of care-elements: the elements that copy defined keep its definitions (said once).`);
    warned = true;
    return;
  }
  // A server renders each guide whole, its sections inside it, and has no page to attach to.
  if (!rooted && !isServer) new ContextRoot().attach(document.documentElement);
  rooted = true;
  registry.define(tag, constructor);
}
