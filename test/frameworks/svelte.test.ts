import { faqSuite } from './faq-suite.js';

const bundle = '/test/frameworks/svelte/app.bundle.js';

/** A compiled Svelte 5 component: it sets `items` as a property because the element has one. */
faqSuite('Svelte 5', () => import(bundle) as Promise<typeof import('./svelte/app.js')>);
