import { html, nothing, type TemplateResult } from 'lit';
import type { SectionKey } from '../content/types.js';
import type { SectionController } from './section-controller.js';
import { heading, paragraphs } from './text.js';

/** The section heading (title, `heading` slot or the guide's) and intro every list element starts with. */
export function sectionHead<K extends SectionKey>(
  content: SectionController<K>,
  level: number,
  title = content.title,
): TemplateResult {
  const hasHeading = Boolean(title || content.slots.has('heading'));
  return html`${hasHeading ? heading(level, html`<slot name="heading">${title}</slot>`, 'section-heading') : nothing}${
    content.intro ? html`<div part="intro" class="intro">${paragraphs(content.intro)}</div>` : nothing
  }`;
}

/** An item's body: the CMS-written child through its named slot, or the data's text as paragraphs. */
export function itemBody<K extends SectionKey>(
  content: SectionController<K>,
  id: string,
  text: string | undefined,
): TemplateResult | TemplateResult[] | typeof nothing {
  return content.nodes.has(id) ? html`<slot name="item-${id}"></slot>` : paragraphs(text);
}

/** A titled item with a description, as conditions, benefits, recovery and tips render it. */
export function topicItem<K extends SectionKey>(
  content: SectionController<K>,
  item: { id: string; title: string; description?: string },
  level: number,
  icon: unknown = nothing,
  extra: unknown = nothing,
): TemplateResult {
  return html`<li part="item" class="item" data-id=${item.id}>
    ${icon}${heading(level, item.title, 'title')}${extra}
    <div part="description" class="description">${itemBody(content, item.id, item.description)}</div>
  </li>`;
}
