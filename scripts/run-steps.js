import { spawnSync } from 'node:child_process';

/**
 * Runs the npm scripts named on the command line, in order, and stops at the first that fails,
 * naming it on the last line: in a long `a && b && c` chain npm printed nothing to say which.
 */
for (const step of process.argv.slice(2)) {
  // npm_execpath is the npm that started us; run it with this node, which also works on Windows.
  const npm = process.env.npm_execpath ? [process.execPath, process.env.npm_execpath] : ['npm'];
  const { status } = spawnSync(npm[0], [...npm.slice(1), 'run', step], { stdio: 'inherit' });
  if (status !== 0) {
    console.error(`\n✗ step ${step} failed`);
    process.exit(status || 1);
  }
}
