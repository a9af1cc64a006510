import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Some unit tests load the built files a page loads (dist/cdn, dist/content). Builds first when
 * any source is newer than the build, so `npm run test:unit` alone never tests a stale dist/.
 */
const built = 'dist/cdn/care-elements.js';
const newest = (dir) =>
  Math.max(...readdirSync(dir, { withFileTypes: true }).map((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? newest(path) : statSync(path).mtimeMs;
  }));
const sources = Math.max(newest('src'), ...['rollup.config.ts', 'package.json'].map((f) => statSync(f).mtimeMs));
if (!existsSync(built) || statSync(built).mtimeMs < sources) {
  console.log('dist/ is older than src/: building first.');
  const npm = process.env.npm_execpath ? [process.execPath, process.env.npm_execpath] : ['npm'];
  const { status } = spawnSync(npm[0], [...npm.slice(1), 'run', 'build'], { stdio: 'inherit' });
  if (status !== 0) process.exit(status || 1);
}
