import { expect } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { emulateMediaFeatures } from './helpers.js';

/**
 * Media emulation for the Chromium-only tests (it needs the DevTools Protocol). Each call proves the
 * emulation took, by the media query the styles use, before the test relies on it.
 */
export async function forcedColors(): Promise<void> {
  await emulateMediaFeatures([{ name: 'forced-colors', value: 'active' }]);
  expect(matchMedia('(forced-colors: active)').matches, 'forced colours are emulated').to.equal(true);
}

export async function print(): Promise<void> {
  await emulateMedia({ media: 'print' });
  expect(matchMedia('print').matches, 'print media is emulated').to.equal(true);
}

export async function reducedMotion(): Promise<void> {
  await emulateMedia({ reducedMotion: 'reduce' });
  expect(matchMedia('(prefers-reduced-motion: reduce)').matches, 'reduced motion is emulated').to.equal(true);
}

/** Back to the screen, no forced colours, no motion preference; proven like the rest. */
export async function resetMedia(): Promise<void> {
  await emulateMediaFeatures([]);
  await emulateMedia({ media: 'screen', reducedMotion: 'no-preference' });
  expect(matchMedia('(forced-colors: active)').matches || matchMedia('print').matches || matchMedia('(prefers-reduced-motion: reduce)').matches, 'emulation is off').to.equal(false);
}

/**
 * A system colour as this page resolves it (`CanvasText`, `Highlight`…), read off a probe element,
 * so a computed colour can be compared with it whatever palette the browser emulates.
 */
export function systemColor(name: string): string {
  const probe = document.createElement('span');
  probe.style.color = name;
  document.body.append(probe);
  try {
    return getComputedStyle(probe).color;
  } finally {
    probe.remove();
  }
}
