/** Reads the JSDoc of every element in src/ into custom-elements.json, the one source for Storybook docs and editors. */
export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.styles.ts', 'src/**/*.d.ts'],
  outdir: '.',
  litelement: true,
  packagejson: true,
  plugins: [
    {
      // The analyzer lists modules in the order its file reads finish; sorting makes the file reproducible.
      name: 'sort-modules',
      packageLinkPhase({ customElementsManifest }) {
        customElementsManifest.modules.sort((a, b) => a.path.localeCompare(b.path));
      },
    },
  ],
};
