import { faqSuite } from './faq-suite.js';

const bundle = '/test/frameworks/react19/app.bundle.js';

/** React 19 sets custom-element props as properties and listens to `oncare-…` props by itself. */
faqSuite('React 19', () => import(bundle) as Promise<typeof import('./react19/app.js')>);
