import data from './stem-cell-injection-back-pain.json' with { type: 'json' };
import type { CareGuide } from './types.js';

/** The built-in guide: stem cell injection for back pain, in English. */
export const stemCellInjectionBackPain = data as CareGuide;
export default stemCellInjectionBackPain;
