import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  staticDirs: [{ from: '../src/content', to: '/content' }],
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  // Browsers with light-dark(), so the CSS minifier keeps the themes' light-dark() colours as written.
  viteFinal: (config) => ({
    ...config,
    build: { ...config.build, cssTarget: ['chrome123', 'edge123', 'firefox120', 'safari17.5'] },
  }),
};

export default config;
