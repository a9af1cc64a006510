import { html, nothing } from 'lit';
import { guard } from 'lit/directives/guard.js';
import type { FaqItem, Valid } from '../content/types.js';
import { assigned } from './assign-slot.js';
import { answerId, questionId } from './faq-openers.js';
import { citations } from './facts.js';
import type { HeadingTemplate } from './heading-template.js';
import type { SectionController } from './section-controller.js';
import { paragraphs } from './text.js';

/** How one question shows now: its answer open, the question hidden by a search, the answer a landmark. */
export interface FaqItemView {
  open: boolean;
  hidden: boolean;
  region: boolean;
}

/**
 * One question and its answer, in one template: the answer is the CMS child's slot, or the data's
 * paragraphs. Built again only when what it shows changed, so that opening one answer of a long
 * FAQ updates that item alone: items read anew are new objects, with their children and sources.
 * `serverMarkup` also writes the question as text beside its button, for a server's markup.
 */
export function faqItem(content: SectionController<'faqs'>, item: Valid<FaqItem>, title: HeadingTemplate, view: FaqItemView, serverMarkup: boolean) {
  const { open, hidden, region } = view;
  return guard([item, title, open, hidden, region, content.strings], () => {
    const child = content.nodes.get(item.id);
    return title.html`<div part="item" class="item" ?hidden=${hidden}>
      <${title.tag} part="title" class="title"><button type="button" part="toggle" id=${questionId(item.id)}
        aria-expanded=${open ? 'true' : 'false'} aria-controls=${answerId(item.id)}><span part="icon" class="icon" aria-hidden="true"></span>${item.question}</button>${serverMarkup ? html`<span class="question">${item.question}</span>` : nothing}</${title.tag}>
      <div part="description" class="answer" id=${answerId(item.id)} role=${region ? 'region' : nothing}
        aria-labelledby=${region ? questionId(item.id) : nothing} hidden=${open ? nothing : 'until-found'}>
        ${child ? html`<slot name="item-${item.id}" ${assigned([child])}></slot>` : paragraphs(item.answer, citations(item.sources, content.guide?.sources, content.strings))}
      </div>
    </div>`;
  });
}
