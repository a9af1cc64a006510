/**
 * Registers every care-* element, like the package's main entry, with Lit's hydration support
 * loaded first: elements rendered on the server (`care-elements/server`) take over their markup
 * instead of rendering it again. Import this instead of `care-elements`, before anything imports Lit.
 */
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import { FaqSearch } from './internal/faq-search.js';
import { provideFaqSearch } from './internal/faq-search-loader.js';

// The FAQ's search is here from the start: a server-rendered FAQ with a query then hydrates as the server filtered it.
provideFaqSearch(FaqSearch);

export * from './index.js';
