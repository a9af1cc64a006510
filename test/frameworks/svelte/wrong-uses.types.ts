/**
 * Compiled by `npm run typecheck`, never run: care-elements/types/svelte types every care-* tag in
 * Svelte 5 markup (svelte-check reads GuideFaq.svelte with them). Each `@ts-expect-error` proves a wrong use fails.
 */
import type { SvelteHTMLElements } from 'svelte/elements';
import type {} from 'care-elements/types/svelte';

type Props<Tag extends string> = SvelteHTMLElements[Tag];

export const right: Props<'care-faq-accordion'>[] = [
  { 'heading-level': 3, 'toggle-all': true, items: [{ question: 'Is it safe?', answer: 'Mostly.' }] },
  { 'oncare-faq-toggle': (event) => void (event.detail.open && event.detail.id.length) },
];

export const wrong: [Props<'care-faq-accordion'>, Props<'care-faq-accordion'>, Props<'care-risk'>, Props<'care-faq-accordion'>, Props<'care-faq-accordion'>, Props<'care-faq-accordion'>] = [
  // @ts-expect-error heading-level is a number
  { 'heading-level': 'three' },
  // @ts-expect-error a question has no title
  { items: [{ title: 'Is it safe?' }] },
  // @ts-expect-error severity is low, moderate or high
  { severity: 'severe' },
  // @ts-expect-error the toggle's id is a string
  { 'oncare-faq-toggle': (event: CustomEvent<{ id: number }>) => event },
  // @ts-expect-error Svelte takes a style string, not an object
  { style: { '--care-color-accent': 'teal' } },
  // @ts-expect-error no such event: a misspelt one is caught, in markup too
  { 'oncare-faq-toggel': () => undefined },
];
