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

const preview: Preview = {
  tags: ['autodocs'],
  decorators: [withTheme],
  globalTypes: {
    theme: {
      description: 'Example clinic theme',
      toolbar: {
        title: 'Theme',
        icon: 'paintbrush',
        items: [
          { value: 'default', title: 'Default' },
          { value: 'harbor', title: 'Harbor (teal, serif)' },
          { value: 'meadow', title: 'Meadow (green, rounded)' },
          { value: 'sunrise', title: 'Sunrise (plum, square)' },
        ],
        dynamicTitle: true,
      },
    },
    scheme: {
      description: 'Colour scheme',
      toolbar: {
        title: 'Scheme',
        icon: 'contrast',
        items: [
          { value: 'light', title: 'Light' },
          { value: 'dark', title: 'Dark' },
        ],
        dynamicTitle: true,
      },
    },
    direction: {
      description: 'Text direction',
      toolbar: {
        title: 'Direction',
        icon: 'transfer',
        items: [
          { value: 'ltr', title: 'Left to right' },
          { value: 'rtl', title: 'Right to left' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { theme: 'default', scheme: 'light', direction: 'ltr' },
  parameters: {
    a11y: { test: 'error' },
    controls: { expanded: true },
    options: { storySort: { order: ['Introduction', 'Design tokens', 'Full page', 'Components'] } },
  },
};

export default preview;
