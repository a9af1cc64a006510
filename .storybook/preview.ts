import type { ArgTypes, Decorator, Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import { html } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import { ref } from 'lit/directives/ref.js';
import manifest from '../custom-elements.json';
import '../src/index.js';
import './themes.css';

setCustomElementsManifest(manifest);

interface Entry { name: string; description?: string; type?: { text: string }; default?: string; kind?: string; privacy?: string }
type Declaration = { tagName?: string } & Record<string, Entry[] | undefined>;
const declarations = (manifest.modules as { declarations?: Declaration[] }[]).flatMap((m) => m.declarations ?? []);

/** The manifest's lists in Storybook's order; a story's args are its attributes. */
const CATEGORIES = [
  ['members', 'properties'],
  ['attributes', 'attributes'],
  ['events', 'events'],
  ['slots', 'slots'],
  ['cssProperties', 'css custom properties'],
  ['cssParts', 'css shadow parts'],
] as const;

/**
 * Storybook's own extractor keys rows by name alone, so a slot or part hid the attribute it shares a
 * name with. Properties and attributes keep their name (the key args and controls use); every other
 * row is keyed by its category and shown with its own name.
 */
function extractArgTypes(tagName: string): ArgTypes | null {
  const element = declarations.find((d) => d.tagName === tagName);
  if (!element) return null;
  const rows: ArgTypes = {};
  for (const [list, category] of CATEGORIES) {
    const isArg = category === 'properties' || category === 'attributes';
    for (const entry of element[list] ?? []) {
      if (entry.kind === 'method' || entry.privacy === 'private' || entry.privacy === 'protected') continue;
      rows[isArg ? entry.name : `${category}:${entry.name}`] = {
        name: entry.name || '(default)',
        description: entry.description,
        ...(isArg ? { type: { name: entry.type?.text } } : { control: false }),
        table: { category, type: { summary: entry.type?.text }, defaultValue: { summary: entry.default } },
      } as ArgTypes[string];
    }
  }
  return rows;
}

/** Languages with built-in words; Arabic is written right to left. */
const LANGUAGES = { en: 'English', es: 'Español', fr: 'Français', de: 'Deutsch', ar: 'العربية (RTL)', 'zh-Hans': '简体中文' };

/**
 * Gives the story's elements the toolbar's language and direction. The wrapper's `lang` and `dir`
 * serve elements with their own items; a guide's `lang` (and the direction it is written in) wins
 * over them, and an element's own `lang` and `dir` over both, so every element gets them too: the
 * built-in English guide shows its words in the chosen language, laid out in the chosen direction.
 */
function speak(wrapper: Element | undefined, lang: string, dir: string) {
  if (!wrapper || (lang === 'en' && dir === 'ltr')) return;
  // After the story's template has rendered, before its elements' first update.
  queueMicrotask(() => {
    for (const el of wrapper.querySelectorAll('*')) {
      if (!el.localName.startsWith('care-') || el.localName === 'care-guide' || !('updateComplete' in el)) continue;
      if (lang !== 'en') el.setAttribute('lang', lang);
      if (dir !== 'ltr') el.setAttribute('dir', dir);
    }
  });
}

/** Wraps every story in the theme, colour scheme, direction and language chosen in the toolbar. */
const withTheme: Decorator = (story, { globals }) => {
  const lang: string = globals.lang ?? 'en';
  const dir: string = lang === 'ar' ? 'rtl' : (globals.direction ?? 'ltr');
  // A new language or direction renders the story anew: elements read them around them when connected.
  return html`<div
    class="care-story care-theme-${globals.theme ?? 'default'}"
    lang=${lang}
    dir=${dir}
    style="color-scheme: ${globals.scheme ?? 'light'}"
    ${ref((el) => speak(el, lang, dir))}
  >${keyed(`${lang} ${dir}`, story())}</div>`;
};

/** A toolbar menu whose choices are `{ value: title }`; the description is its tooltip. */
const toolbar = (title: string, icon: string, choices: Record<string, string>, description = title) => ({
  description,
  toolbar: {
    title,
    icon,
    items: Object.entries(choices).map(([value, label]) => ({ value, title: label })),
    dynamicTitle: true,
  },
});

const preview: Preview = {
  tags: ['autodocs'],
  decorators: [withTheme],
  globalTypes: {
    theme: toolbar('Theme', 'paintbrush', {
      default: 'Default',
      harbor: 'Harbor (teal, serif)',
      meadow: 'Meadow (green, rounded)',
      sunrise: 'Sunrise (plum, square)',
    }),
    scheme: toolbar('Scheme', 'contrast', { light: 'Light', dark: 'Dark' }),
    // English laid out right to left is no preview of a right-to-left page ("?Is it safe"): it checks the mirroring only.
    direction: toolbar(
      'Direction',
      'transfer',
      { ltr: 'Left to right', rtl: 'Right to left (mirroring check)' },
      "Direction. Right to left mirrors the layout around the story's own words: English stays English, its punctuation at the wrong end. For Arabic words laid out right to left, see the Right to left stories.",
    ),
    // The story's content stays English: this previews the elements' own words, not a page in that language.
    lang: toolbar(
      'Element words',
      'globe',
      LANGUAGES,
      "The language of the elements' own words (buttons, labels, counts). The story's content stays English. For a whole guide written in another language, see Full page › Switch Language and the Right to left stories.",
    ),
  },
  initialGlobals: { theme: 'default', scheme: 'light', direction: 'ltr', lang: 'en' },
  parameters: {
    // The story wrapper pads once and paints the colour scheme's background; the preview adds no frame around it.
    layout: 'fullscreen',
    a11y: { test: 'error' },
    docs: { extractArgTypes },
    controls: { expanded: true },
    options: { storySort: { order: ['Introduction', 'Design tokens', 'Full page', 'Components'] } },
  },
};

export default preview;
