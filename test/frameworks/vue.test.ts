import { faqSuite } from './faq-suite.js';

const bundle = '/test/frameworks/vue/app.bundle.js';

/** Vue 3 with `isCustomElement` for care-* tags, `.prop` for data, and `@care-faq-toggle`. */
faqSuite('Vue 3', () => import(bundle) as Promise<typeof import('./vue/app.js')>);
