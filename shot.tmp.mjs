import puppeteer from 'puppeteer-core';
import { serve } from './scripts/static-server.js';
const server = await serve('storybook-static');
const browser = await puppeteer.launch({ executablePath: '/usr/bin/chromium', headless: true, args: ['--no-sandbox'] });
const page = await browser.newPage();
const shots = process.argv.slice(2);
for (const spec of shots) {
  const [id, w = '1000', globals = ''] = spec.split('|');
  await page.setViewport({ width: Number(w), height: 800 });
  await page.goto(`${server.url}/iframe.html?id=${id}&viewMode=${id.endsWith("--docs") ? "docs" : "story"}${globals ? `&globals=${globals}` : ''}`, { waitUntil: 'load' });
  await new Promise((r) => setTimeout(r, 400));
  await page.screenshot({ path: `/tmp/${id}${globals ? '-g' : ''}.png`, fullPage: true });
}
await browser.close(); await server.close();
