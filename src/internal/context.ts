import { createContext } from '@lit/context';
import type { ValidGuide } from '../content/types.js';

/** The guide a `<care-guide>` provides to every care-* element inside it. */
export const guideContext = createContext<ValidGuide | undefined>(Symbol.for('care-elements.guide.v1'));
