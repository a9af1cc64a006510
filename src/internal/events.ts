import type { ContentProblem, ValidGuide } from '../content/types.js';

export interface CareContentErrorDetail {
  /** Every problem found, each with its JSON path. */
  problems: ContentProblem[];
}
export interface CareGuideLoadDetail {
  /** The validated guide the elements now show. */
  guide: ValidGuide;
}
export interface CareFaqToggleDetail {
  /** The id of the question whose answer opened or closed. */
  id: string;
  open: boolean;
}

/** Every event the elements fire. Each bubbles and crosses shadow roots, so it is heard on the document and window too. */
export interface CareEventMap {
  'care-content-error': CustomEvent<CareContentErrorDetail>;
  'care-guide-load': CustomEvent<CareGuideLoadDetail>;
  'care-faq-toggle': CustomEvent<CareFaqToggleDetail>;
}

declare global {
  /* eslint-disable @typescript-eslint/no-empty-object-type -- interfaces merge into the DOM's event maps */
  interface HTMLElementEventMap extends CareEventMap {}
  interface DocumentEventMap extends CareEventMap {}
  interface WindowEventMap extends CareEventMap {}
  /* eslint-enable @typescript-eslint/no-empty-object-type */
}

type DetailOf<K extends keyof CareEventMap> = CareEventMap[K] extends CustomEvent<infer D> ? D : never;

/** Dispatches a care-* event: bubbling, composed, with a typed detail. */
export function emit<K extends keyof CareEventMap>(host: EventTarget, type: K, detail: DetailOf<K>): boolean {
  return host.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
}
