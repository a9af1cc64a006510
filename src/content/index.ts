export type * from './types.js';
export { validateGuide, validateItems, validateSources, isDate, describeProblems, SECTION_KINDS, SEVERITIES } from './validate.js';
export type { ItemKind, ItemKinds, Validation, ItemsValidation } from './validate.js';
export { slugify } from './slug.js';
export { safeUrl } from './safe-url.js';
