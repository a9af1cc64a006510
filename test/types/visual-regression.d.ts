// The package's index.d.ts re-exports './browser/commands.mjs', whose types (commands.d.ts) bundler resolution does not find.
export {};
declare module '@web/test-runner-visual-regression' {
  /** Compares a screenshot of the element with its committed baseline, by name. */
  export function visualDiff(element: Node, name: string): Promise<void>;
}
