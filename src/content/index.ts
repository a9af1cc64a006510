export type * from './types.js';
export { validateGuide, validateItems, validateSources, isDate, describeProblems, SECTION_KINDS, SEVERITIES, SCHEMA_VERSIONS, VERSION_SECTIONS } from './validate.js';
export type { ItemKind, ItemKinds, Validation, ItemsValidation, GuideValidation } from './validate.js';
export { FREQUENCY_BANDS, EVIDENCE_LEVELS, bandOf } from './evidence.js';
export { slugify } from './slug.js';
export { safeUrl } from './safe-url.js';
