/**
 * Registers every care-* element, like the package's main entry, with Lit's hydration support
 * loaded first: elements rendered on the server (`care-elements/server`) take over their markup
 * instead of rendering it again. Import this instead of `care-elements`, before anything imports Lit.
 */
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
export * from './index.js';
