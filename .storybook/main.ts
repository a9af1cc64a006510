import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  viteFinal: (config) => ({
    ...config,
    build: {
      ...config.build,
      // Browsers with light-dark(), so the CSS minifier keeps the themes' light-dark() colours as written.
      cssTarget: ['chrome123', 'edge123', 'firefox120', 'safari17.5'],
      // Storybook's own manager, docs and axe bundles are big by design; our code is budgeted by `npm run build`.
      chunkSizeWarningLimit: 2000,
    },
    optimizeDeps: {
      ...config.optimizeDeps,
      // Storybook's renderer imports this unbundled, which loaded a second lit-html beside the pre-bundled one in dev.
      include: [...(config.optimizeDeps?.include ?? []), 'lit/directive-helpers.js'],
    },
  }),
};

export default config;
