import { html, type TemplateResult } from 'lit';
import { html as staticHtml, unsafeStatic, type StaticValue } from 'lit/static-html.js';
import { headingLevel } from './text.js';

/** A template tag whose templates hold a native heading of one level, written `<${tag}>…</${tag}>`. */
export interface HeadingTemplate {
  tag: StaticValue;
  html: (strings: TemplateStringsArray, ...values: unknown[]) => TemplateResult;
}

const headingTemplates: HeadingTemplate[] = [1, 2, 3, 4, 5, 6].map((level) => {
  const tag = unsafeStatic(`h${level}`);
  const resolved = new WeakMap<TemplateStringsArray, TemplateStringsArray>();
  return {
    tag,
    html: (strings, ...values) => {
      let fixed = resolved.get(strings);
      if (!fixed) resolved.set(strings, (fixed = staticHtml(strings, ...values).strings));
      return html(fixed, ...values.filter((value) => value !== tag));
    },
  };
});

/**
 * Templates holding a native heading at a level chosen at run time (clamped to 1–6), for a template
 * too large to write once per level, such as an FAQ's item. Each template's strings are resolved
 * once per level: lit's static `html` joins and looks them up at every call (lit/lit#4440), which a
 * long list would pay for every item at every update.
 */
export const headingTemplate = (level: number): HeadingTemplate => headingTemplates[headingLevel(level) - 1];
