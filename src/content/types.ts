/** How serious a risk is; always shown with a text label, never by colour alone. */
export type Severity = 'low' | 'moderate' | 'high';

/** The schema versions a guide may follow; version 1 documents keep working. */
export type SchemaVersion = 1 | 2;

/**
 * How often something happens, in the bands of EU patient leaflets: very common (1 in 10 or more),
 * common (1 in 100 up to 1 in 10), uncommon (1 in 1,000 up to 1 in 100), rare (1 in 10,000 up to
 * 1 in 1,000), very rare (fewer than 1 in 10,000), or not known.
 */
export type FrequencyBand = 'very-common' | 'common' | 'uncommon' | 'rare' | 'very-rare' | 'not-known';

/** How often a risk (or a benefit) happens: a band, and the rate a cited source states, if any. Schema version 2. */
export interface Frequency {
  band: FrequencyBand;
  /** With `per`: "about `count` in `per` people", as a source cited by the item states it; it must fall in the band. */
  count?: number;
  per?: number;
}

/** How strong the evidence for a benefit is. */
export type EvidenceLevel = 'limited' | 'moderate' | 'strong';

/** The evidence behind a benefit: a level told in words and by shape, and a short note. Schema version 2. */
export interface Evidence {
  level: EvidenceLevel;
  /** Plain text, such as "Small studies without a comparison group." */
  note?: string;
}

/** A reference a guide rests on. */
export interface Source {
  /** Stable, URL-safe id that items cite and `#source-<id>` links to; derived from the title when missing. Schema version 2. */
  id?: string;
  title: string;
  publisher?: string;
  /** Only http(s), mailto and tel URLs become links. */
  url?: string;
  /** The sentence of the source that an item's number rests on, quoted exactly. Schema version 2. */
  quote?: string;
  /** BCP 47 language of the title and quote, when not the guide's. Schema version 2. */
  lang?: string;
}

/** An item with a title and a description: conditions, recovery, tips, research. */
export interface TopicItem {
  /** Stable, URL-safe id; derived from the title when missing. */
  id?: string;
  title: string;
  /** Plain text; a blank line separates paragraphs. */
  description?: string;
  /** Ids of the guide's sources this item rests on, shown as numbered citations. Schema version 2. */
  sources?: string[];
}

/** One potential benefit. */
export interface Benefit extends TopicItem {
  /** Schema version 2. */
  evidence?: Evidence;
  /** Schema version 2. */
  frequency?: Frequency;
}

/** One step of a procedure. */
export interface Step extends TopicItem {
  /** Free text such as "30–60 minutes". */
  duration?: string;
}

/** One risk or consideration. */
export interface Risk extends TopicItem {
  severity?: Severity;
  /** Schema version 2. */
  frequency?: Frequency;
}

/** One frequently asked question. */
export interface FaqItem {
  /** Stable, URL-safe id; derived from the question when missing. */
  id?: string;
  question: string;
  /** Plain text; a blank line separates paragraphs. */
  answer: string;
  /** Ids of the guide's sources this answer rests on. Schema version 2. */
  sources?: string[];
}

/** Every section of a guide has this shape. */
export interface Section<T> {
  title?: string;
  intro?: string;
  items: T[];
}

/** A whole patient-education guide, schema version 1 or 2. Fields marked "schema version 2" are ignored in version 1. */
export interface Guide {
  schemaVersion: SchemaVersion;
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
  benefits?: Section<Benefit>;
  risks?: Section<Risk>;
  recovery?: Section<TopicItem>;
  tips?: Section<TopicItem>;
  faqs?: Section<FaqItem>;
  /** What researchers are exploring: worded as what is being studied, never as what works. Schema version 2. */
  research?: Section<TopicItem>;
}

/** The item type of each section. */
export interface SectionItems {
  conditions: TopicItem;
  procedure: Step;
  benefits: Benefit;
  risks: Risk;
  recovery: TopicItem;
  tips: TopicItem;
  faqs: FaqItem;
  research: TopicItem;
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
