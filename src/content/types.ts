/** How serious a risk is; always shown with a text label, never by colour alone. */
export type Severity = 'low' | 'moderate' | 'high';

/** A reference a guide rests on. */
export interface Source {
  title: string;
  publisher?: string;
  /** Only http(s), mailto and tel URLs become links. */
  url?: string;
}

/** An item with a title and a description: conditions, benefits, recovery, tips. */
export interface TopicItem {
  /** Stable, URL-safe id; derived from the title when missing. */
  id?: string;
  title: string;
  /** Plain text; a blank line separates paragraphs. */
  description?: string;
}

/** One step of a procedure. */
export interface Step extends TopicItem {
  /** Free text such as "30–60 minutes". */
  duration?: string;
}

/** One risk or consideration. */
export interface Risk extends TopicItem {
  severity?: Severity;
}

/** One frequently asked question. */
export interface FaqItem {
  /** Stable, URL-safe id; derived from the question when missing. */
  id?: string;
  question: string;
  /** Plain text; a blank line separates paragraphs. */
  answer: string;
}

/** Every section of a guide has this shape. */
export interface Section<T> {
  title?: string;
  intro?: string;
  items: T[];
}

/** A whole patient-education guide, schema version 1. */
export interface Guide {
  schemaVersion: 1;
  id: string;
  /** BCP 47 language tag, e.g. "en" or "pt-BR". */
  lang: string;
  title: string;
  summary?: string;
  /** YYYY-MM-DD */
  lastReviewed?: string;
  /** YYYY-MM-DD: when the content is due its next review. Once past, the page still shows it and the console warns. */
  nextReview?: string;
  reviewedBy?: string;
  disclaimer?: string;
  sources?: Source[];
  conditions?: Section<TopicItem>;
  procedure?: Section<Step>;
  benefits?: Section<TopicItem>;
  risks?: Section<Risk>;
  recovery?: Section<TopicItem>;
  tips?: Section<TopicItem>;
  faqs?: Section<FaqItem>;
}

/** The item type of each section. */
export interface SectionItems {
  conditions: TopicItem;
  procedure: Step;
  benefits: TopicItem;
  risks: Risk;
  recovery: TopicItem;
  tips: TopicItem;
  faqs: FaqItem;
}

export type SectionKey = keyof SectionItems;

/** An item after validation: it always has an id. */
export type Valid<T> = T & { id: string };

/** A section after validation: only valid items, each with an id. */
export interface ValidSection<T> {
  title?: string;
  intro?: string;
  items: Valid<T>[];
}

/** A guide after validation: bad items and sections are gone, every item has an id. */
export type ValidGuide = Omit<Guide, SectionKey> & {
  [K in SectionKey]?: ValidSection<SectionItems[K]>;
};

/** One thing wrong with content, located by its JSON path. */
export interface ContentProblem {
  /** e.g. `faqs.items[3].question` */
  path: string;
  message: string;
}
