import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtemp, mkdir, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { promisify } from 'node:util';

/**
 * A CMS build step written in TypeScript for Node: its project has Node's types and no DOM
 * library, and checks every declaration file (`skipLibCheck: false`). It uses the package as an
 * installed dependency, through its `exports`.
 */
describe("care-elements/server's types in a Node project", () => {
  let dir;
  after(() => dir && rm(dir, { recursive: true, force: true }));

  it('type-check without the DOM library', async () => {
    dir = await mkdtemp(join(tmpdir(), 'care-elements-node-'));
    await mkdir(join(dir, 'node_modules'));
    await symlink(process.cwd(), join(dir, 'node_modules', 'care-elements'), 'dir');
    await symlink(join(process.cwd(), 'node_modules', '@types'), join(dir, 'node_modules', '@types'), 'dir');
    await writeFile(join(dir, 'package.json'), '{ "type": "module" }');
    const compilerOptions = { module: 'NodeNext', target: 'ES2022', lib: ['ES2023'], types: ['node'], strict: true, noEmit: true, skipLibCheck: false };
    await writeFile(join(dir, 'tsconfig.json'), JSON.stringify({ compilerOptions, files: ['build.ts'] }));
    await writeFile(
      join(dir, 'build.ts'),
      `import { guideJsonLd, renderGuideDocument, type ContentProblem } from 'care-elements/server';
const { html, problems } = await renderGuideDocument({}, { script: '/care-elements-hydrate.js' });
const paths: string[] = problems.map((problem: ContentProblem) => problem.path);
console.log(html.length, paths, guideJsonLd);
// @ts-expect-error a rendered guide's html is text
const wrong: number = html;
void wrong;
`,
    );
    const tsc = join(process.cwd(), 'node_modules', 'typescript', 'bin', 'tsc');
    const result = await promisify(execFile)(process.execPath, [tsc, '-p', dir]).then(
      () => '',
      (error) => error.stdout,
    );
    assert.equal(result.replaceAll(dir, '<project>').replaceAll(process.cwd(), '<package>'), '');
  });
});
