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

/**
 * How often a risk (or a benefit) happens: a band, and the rate a cited source states, if any:
 * "about `count` in `per` people", given together, and within the band. Schema version 2.
 */
export type Frequency = { band: FrequencyBand } & ({ count?: undefined; per?: undefined } | { count: number; per: number });

/** How strong the evidence for a benefit is. */
export type EvidenceLevel = 'limited' | 'moderate' | 'strong';

/** The evidence behind a benefit: a level told in words and by shape, and a short note. Schema version 2. */
export interface Evidence {
  level: EvidenceLevel;
  /** Plain text, such as "Small studies without a comparison group." */
  note?: string | null;
}

/** A reference a guide rests on. */
export interface Source {
  /** Stable, URL-safe id that items cite and `#source-<id>` links to; derived from the title when missing. Schema version 2. */
  id?: string | null;
  title: string;
  publisher?: string | null;
  /** Only http(s), mailto and tel URLs become links. */
  url?: string | null;
  /** The sentence of the source that an item's number rests on, quoted exactly. Schema version 2. */
  quote?: string | null;
  /** BCP 47 language of the title and quote, when not the guide's. Schema version 2. */
  lang?: string | null;
}

/** An item with a title and a description: conditions, recovery, tips, research. */
export interface TopicItem {
  /** Stable, URL-safe id; derived from the title when missing. */
  id?: string | null;
  title: string;
  /** Plain text; a blank line separates paragraphs. */
  description?: string | null;
  /** Ids of the guide's sources this item rests on, shown as numbered citations. Schema version 2. */
  sources?: string[] | null;
}

/** One potential benefit. */
export interface Benefit extends TopicItem {
  /** Schema version 2. */
  evidence?: Evidence | null;
  /** Schema version 2. */
  frequency?: Frequency | null;
}

/** One step of a procedure. */
export interface Step extends TopicItem {
  /** Free text such as "30–60 minutes". */
  duration?: string | null;
}

/** One risk or consideration. */
export interface Risk extends TopicItem {
  severity?: Severity | null;
  /** Schema version 2. */
  frequency?: Frequency | null;
}

/** One frequently asked question. */
export interface FaqItem {
  /** Stable, URL-safe id; derived from the question when missing. */
  id?: string | null;
  question: string;
  /** Plain text; a blank line separates paragraphs. */
  answer: string;
  /** Ids of the guide's sources this answer rests on. Schema version 2. */
  sources?: string[] | null;
}

/** Every section of a guide has this shape. */
export interface Section<T> {
  title?: string | null;
  intro?: string | null;
  items: T[];
}

/** A whole patient-education guide, schema version 1 or 2. Fields marked "schema version 2" are ignored in version 1. */
export interface Guide {
  schemaVersion: SchemaVersion;
  id: string;
  /** BCP 47 language tag, e.g. "en" or "pt-BR". */
  lang: string;
  title: string;
  summary?: string | null;
  /** YYYY-MM-DD */
  lastReviewed?: string | null;
  /** YYYY-MM-DD: when the content is due its next review. Once past, the page still shows it and the console warns. */
  nextReview?: string | null;
  reviewedBy?: string | null;
  disclaimer?: string | null;
  sources?: Source[] | null;
  conditions?: Section<TopicItem> | null;
  procedure?: Section<Step> | null;
  benefits?: Section<Benefit> | null;
  risks?: Section<Risk> | null;
  recovery?: Section<TopicItem> | null;
  tips?: Section<TopicItem> | null;
  faqs?: Section<FaqItem> | null;
  /** What researchers are exploring: worded as what is being studied, never as what works. Schema version 2. */
  research?: Section<TopicItem> | null;
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

/** Content after validation: a null written for an optional field is gone, read as absent. */
export type Checked<T> = T extends readonly (infer U)[] ? Checked<U>[] : T extends object ? { [K in keyof T]: Checked<Exclude<T[K], null>> } : T;

/** An item after validation: it always has an id, and no field is null. */
export type Valid<T> = Checked<T> & { id: string };

/** A section after validation: only valid items, each with an id. */
export interface ValidSection<T> {
  title?: string;
  intro?: string;
  items: Valid<T>[];
}

/** A guide after validation: bad items and sections are gone, every item has an id, and no field is null. */
export type ValidGuide = Checked<Omit<Guide, SectionKey>> & {
  [K in SectionKey]?: ValidSection<SectionItems[K]>;
};

/** One thing wrong with content, located by its JSON path. */
export interface ContentProblem {
  /** e.g. `faqs.items[3].question` */
  path: string;
  message: string;
}
