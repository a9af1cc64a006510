/** Reads the JSDoc of every element in src/ into custom-elements.json, the one source for Storybook docs and editors. */
export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.styles.ts', 'src/**/*.d.ts'],
  outdir: '.',
  litelement: true,
  packagejson: true,
};
