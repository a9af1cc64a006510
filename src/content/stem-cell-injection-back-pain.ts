import data from './stem-cell-injection-back-pain.json' with { type: 'json' };
import type { Guide } from './types.js';

/** The built-in guide: stem cell injection for back pain, in English. */
export const stemCellInjectionBackPain = data as Guide;
export default stemCellInjectionBackPain;
