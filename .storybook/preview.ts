import type { ArgTypes, Decorator, Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import { html } from 'lit';
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

/** Wraps every story in the theme, colour scheme and direction chosen in the toolbar. */
const withTheme: Decorator = (story, { globals }) => html`<div
  class="care-story care-theme-${globals.theme ?? 'default'}"
  dir=${globals.direction ?? 'ltr'}
  style="color-scheme: ${globals.scheme ?? 'light'}"
>${story()}</div>`;

/** A toolbar menu whose choices are `{ value: title }`. */
const toolbar = (title: string, icon: string, choices: Record<string, string>) => ({
  description: title,
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
    direction: toolbar('Direction', 'transfer', { ltr: 'Left to right', rtl: 'Right to left' }),
  },
  initialGlobals: { theme: 'default', scheme: 'light', direction: 'ltr' },
  parameters: {
    a11y: { test: 'error' },
    docs: { extractArgTypes },
    controls: { expanded: true },
    options: { storySort: { order: ['Introduction', 'Design tokens', 'Full page', 'Components'] } },
  },
};

export default preview;
