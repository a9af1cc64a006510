import { html, nothing, type TemplateResult } from 'lit';
import type { Evidence, Frequency, SectionKey } from '../content/types.js';
import { assigned } from './assign-slot.js';
import { citations, evidenceBlock, frequencyLine } from './facts.js';
import type { SectionController } from './section-controller.js';
import { heading, paragraphs } from './text.js';

/**
 * The section heading (title, `heading` slot or the guide's) and intro every list element starts with.
 * Its slot is assigned its children by hand (`manualSlots`); a server's declarative root assigns by name.
 */
export function sectionHead<K extends SectionKey>(
  content: SectionController<K>,
  level: number,
  title = content.title,
): TemplateResult {
  const slotted = content.inSlot('heading');
  const hasHeading = Boolean(title || slotted.length);
  return html`${hasHeading ? heading(level, html`<slot name="heading" ${assigned(slotted)}>${title}</slot>`, 'section-heading', true) : nothing}${
    content.intro ? html`<div part="intro" class="intro">${paragraphs(content.intro)}</div>` : nothing
  }`;
}

/** An item's body: the CMS-written child through its named slot, or the data's text as paragraphs; `tail` (citations) ends it. */
export function itemBody<K extends SectionKey>(
  content: SectionController<K>,
  id: string,
  text: string | undefined,
  tail: unknown = nothing,
): TemplateResult | TemplateResult[] | typeof nothing {
  const node = content.nodes.get(id);
  if (!node) return paragraphs(text, tail);
  return html`<slot name="item-${id}" ${assigned([node])}></slot>${tail === nothing ? nothing : html`<p>${tail}</p>`}`;
}

/** What a titled item may carry besides its text: how strong its evidence is, how often it happens, what it rests on. */
interface TopicLike {
  id: string;
  title: string;
  description?: string;
  evidence?: Evidence;
  frequency?: Frequency;
  sources?: string[];
}

/**
 * A titled item with a description, as conditions, benefits, risks, recovery, tips and research
 * render it: `extra` (a risk's severity) after the title, then its evidence and frequency, then its
 * text ending in numbered citations of the guide's sources.
 */
export function topicItem<K extends SectionKey>(
  content: SectionController<K>,
  item: TopicLike,
  level: number,
  icon: unknown = nothing,
  extra: unknown = nothing,
): TemplateResult {
  const { strings, lang } = content;
  const cites = citations(item.sources, content.guide?.sources, strings);
  return html`<li part="item" class="item" data-id=${item.id}>
    ${icon}${heading(level, item.title, 'title')}${extra}${evidenceBlock(item.evidence, strings)}${frequencyLine(item.frequency, strings, lang)}
    <div part="description" class="description">${itemBody(content, item.id, item.description, cites)}</div>
  </li>`;
}
