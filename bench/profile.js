import puppeteer from 'puppeteer-core';
import { CHROMIUM_ARGS, findChromium } from '../scripts/find-browsers.js';
import { serve } from '../scripts/static-server.js';

/**
 * Where one benchmark variant spends its time, from Chromium's own profiler: the JavaScript
 * functions with the most self time (CDP Profiler, on dist/'s unminified modules so names are
 * real) and the browser's rendering work (trace events: style, layout, parsing).
 * Usage: node bench/profile.js <native|minimalLit|children|items> [questions=1000] [repeats=30]
 * (INTERVAL=µs between samples, 50 by default; TOP=rows to print, 45 by default)
 */
const [name = 'children', n = '1000', repeats = '30'] = process.argv.slice(2);
const server = await serve('.');
const browser = await puppeteer.launch({ executablePath: findChromium(), headless: true, args: CHROMIUM_ARGS });
const ms = (us) => `${(us / 1000).toFixed(1)} ms`.padStart(10);
try {
  const page = await browser.newPage();
  page.on('pageerror', (error) => console.error(`page error: ${error.message}`));
  await page.goto(`${server.url}/bench/index.html?modules`, { waitUntil: 'load' });
  await page.waitForFunction(() => typeof window.repeatVariant === 'function' && customElements.get('care-faq-accordion'));
  const run = (times) => page.evaluate((...args) => window.repeatVariant(...args), name, Number(n), times);
  await run(5);

  const cdp = await page.createCDPSession();
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: Number(process.env.INTERVAL ?? 50) });
  await cdp.send('Profiler.start');
  await run(Number(repeats));
  const { profile } = await cdp.send('Profiler.stop');
  const self = new Map();
  const deltas = profile.timeDeltas;
  profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (deltas[i + 1] ?? 0)));
  const byFunction = new Map();
  let total = 0;
  for (const node of profile.nodes) {
    const time = self.get(node.id) ?? 0;
    total += time;
    const { functionName, url, lineNumber } = node.callFrame;
    const key = `${functionName || '(anonymous)'} ${url.replace(server.url, '')}:${lineNumber + 1}`;
    byFunction.set(key, (byFunction.get(key) ?? 0) + time);
  }
  console.log(`${name}, ${n} questions, ${repeats} renders: JavaScript self time (total ${ms(total)})`);
  for (const [key, time] of [...byFunction].sort((a, b) => b[1] - a[1]).slice(0, 30)) {
    console.log(`${ms(time)} ${((100 * time) / total).toFixed(1).padStart(5)}%  ${key}`);
  }

  const children = new Map(profile.nodes.map((node) => [node.id, node.children ?? []]));
  const keyOf = (node) => `${node.callFrame.functionName || '(anonymous)'} ${node.callFrame.url.replace(server.url, '')}:${node.callFrame.lineNumber + 1}`;
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
  const inclusive = new Map();
  const walk = (id, open) => {
    const node = nodes.get(id);
    const key = keyOf(node);
    let time = self.get(id) ?? 0;
    const inner = new Set(open).add(key);
    for (const child of children.get(id)) time += walk(child, inner);
    if (!open.has(key)) inclusive.set(key, (inclusive.get(key) ?? 0) + time);
    return time;
  };
  walk(profile.nodes[0].id, new Set());
  console.log(`\nInclusive time (the function and everything it called)`);
  for (const [key, time] of [...inclusive].sort((a, b) => b[1] - a[1]).slice(0, Number(process.env.TOP ?? 45))) {
    console.log(`${ms(time)} ${((100 * time) / total).toFixed(1).padStart(5)}%  ${key}`);
  }

  await page.tracing.start({ categories: ['devtools.timeline'] });
  await run(Number(repeats));
  const trace = JSON.parse(Buffer.from(await page.tracing.stop()).toString('utf8'));
  const byEvent = new Map();
  for (const event of trace.traceEvents) {
    if (event.ph !== 'X' || !event.dur) continue;
    byEvent.set(event.name, (byEvent.get(event.name) ?? 0) + event.dur);
  }
  console.log(`\nTrace events, total duration (nested events counted in their parents too)`);
  for (const [event, time] of [...byEvent].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log(`${ms(time)}  ${event}`);
} finally {
  await browser.close();
  await server.close();
}
