import type { Decorator, Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import { html } from 'lit';
import manifest from '../custom-elements.json';
import '../src/index.js';
import './themes.css';

setCustomElementsManifest(manifest);

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
    controls: { expanded: true },
    options: { storySort: { order: ['Introduction', 'Design tokens', 'Full page', 'Components'] } },
  },
};

export default preview;
