import type { ContentProblem, ValidGuide } from '../content/types.js';

export interface CareContentErrorDetail {
  /** Every problem found, each with its JSON path. */
  problems: ContentProblem[];
}
export interface CareGuideLoadDetail {
  guide: ValidGuide;
}
export interface CareFaqToggleDetail {
  id: string;
  open: boolean;
}

declare global {
  interface HTMLElementEventMap {
    'care-content-error': CustomEvent<CareContentErrorDetail>;
    'care-guide-load': CustomEvent<CareGuideLoadDetail>;
    'care-faq-toggle': CustomEvent<CareFaqToggleDetail>;
  }
}

type CareEventName = {
  [K in keyof HTMLElementEventMap]: K extends `care-${string}` ? K : never;
}[keyof HTMLElementEventMap];
type DetailOf<K extends CareEventName> = HTMLElementEventMap[K] extends CustomEvent<infer D> ? D : never;

/** Dispatches a care-* event: bubbling, composed, with a typed detail. */
export function emit<K extends CareEventName>(host: EventTarget, type: K, detail: DetailOf<K>): boolean {
  return host.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
}
