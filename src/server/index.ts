/**
 * Server rendering for Node: a whole guide as HTML with declarative shadow DOM, readable before any
 * script runs, and its schema.org JSON-LD. Pages load `care-elements/hydrate.js` (or the CDN's
 * `care-elements-hydrate.js`) so the elements take over the markup.
 */
export { renderGuide, renderGuideDocument } from './render.js';
export type { RenderGuideOptions, RenderGuideDocumentOptions, RenderedGuide } from './render.js';
export { guideJsonLd, scriptJson } from '../content/jsonld.js';
/** A guide's schema.org graph, as schema-dts types it. */
export type { Graph as GuideJsonLd } from 'schema-dts';
export { textDirection } from '../internal/direction.js';
export type { ContentProblem, Guide, ValidGuide } from '../content/types.js';
