import type { HTMLAttributes } from 'svelte/elements';
import type { CustomElements, CustomElementsWith } from './jsx.js';

declare module 'svelte/elements' {
  interface SvelteHTMLElements
    extends CustomElementsWith<{ [Tag in keyof CustomElements]: HTMLAttributes<HTMLElementTagNameMap[Tag]> }> {}
}
