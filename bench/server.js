import { existsSync } from 'node:fs';

/** npm run bench:server: how many guides per second one Node process renders on the server. */
if (!existsSync('dist/server/index.js')) {
  console.error('dist/server/index.js is missing: run "npm run build" first.');
  process.exit(1);
}
const { renderGuide, renderGuideDocument } = await import('../dist/server/index.js');
const { stemCellInjectionBackPain: guide } = await import('../dist/content/stem-cell-injection-back-pain.js');
const rounds = Number(process.env.BENCH_ROUNDS ?? 7);
const perRound = Number(process.env.BENCH_RENDERS ?? 200);

/** Median guides per second over the rounds, after a warm-up round; one render at a time. */
async function measure(render) {
  const rates = [];
  for (let round = 0; round <= rounds; round++) {
    const start = performance.now();
    for (let i = 0; i < perRound; i++) await render();
    const rate = perRound / ((performance.now() - start) / 1000);
    if (round > 0) rates.push(rate);
  }
  return rates.sort((a, b) => a - b)[Math.floor(rates.length / 2)];
}

const bytes = (await renderGuide(guide)).html.length;
console.log(`Server rendering of the built-in guide (${(bytes / 1024).toFixed(0)} KB of HTML), Node ${process.version}, median of ${rounds} rounds of ${perRound}:`);
console.log(`  renderGuide          ${(await measure(() => renderGuide(guide))).toFixed(0).padStart(6)} guides/s`);
console.log(`  renderGuideDocument  ${(await measure(() => renderGuideDocument(guide, { script: '/care-elements-hydrate.js' }))).toFixed(0).padStart(6)} guides/s`);
