import data from './stem-cell-injection-back-pain.es.json' with { type: 'json' };
import type { Guide } from './types.js';

/**
 * The built-in guide in Spanish: a draft translation of the English guide, with the same ids, for a
 * native-speaking clinician to review before a clinic publishes it.
 */
export const stemCellInjectionBackPainEs = data as Guide;
export default stemCellInjectionBackPainEs;
