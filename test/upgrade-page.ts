import { guidePage, SHIFT_OBSERVER, SITE_TYPE } from '../bench/guide-page.js';
import { stemCellInjectionBackPain as guide } from '../src/content/stem-cell-injection-back-pain.js';

/**
 * The whole guide as a CMS writes it (the page `npm run bench` measures) in a frame, the script added
 * after the first paint: what moved while the elements upgraded. Layout-shift entries exist in
 * Chromium only; elsewhere `shifts` stays empty and the sections' boxes tell what moved.
 */

export interface Shift {
  value: number;
  sources: string[];
}
/** The frame's window, with what SHIFT_OBSERVER adds: `flushShifts` records the shifts found but not yet delivered. */
type Frame = Window & { firstPaint: Promise<number>; shifts: Shift[]; flushShifts: () => void };

/** A small phone, a common phone and a desktop screen: width and height in CSS pixels. */
export const SCREENS = [
  [320, 640],
  [390, 844],
  [1280, 800],
] as const;

export { SITE_TYPE };

export const STYLESHEET = '<link rel="stylesheet" href="/dist/cdn/care-elements.css">';

/** A reset that sets every margin and padding to 0, as Tailwind's does. */
export const RESET = '*, ::before, ::after { box-sizing: border-box; border: 0 solid; margin: 0; padding: 0 }';

/** Resolves once the frame has laid out and painted twice. */
export const frames = (win: Window) => new Promise((resolve) => win.requestAnimationFrame(() => win.requestAnimationFrame(resolve)));

/** Each section of the guide: its tag and its box, its top measured from the top of the page. */
const sections = (doc: Document) =>
  [...doc.querySelectorAll('care-guide > *')].map((el) => {
    const { x, y, width, height } = el.getBoundingClientRect();
    return { tag: el.localName, x, y: y + doc.defaultView!.scrollY, width, height };
  });

/**
 * Loads the page in a frame of the given size, scrolled to `at`, adds the script and returns every
 * layout shift until all has rendered, with each section's height before and after. `options`
 * write the FAQ's answers as text straight inside their items, open its first two questions, or
 * write each title as the `heading` attribute.
 */
export async function upgrade(width: number, height: number, at: string | undefined, head: string, options?: Parameters<typeof guidePage>[2]) {
  const frame = document.createElement('iframe');
  frame.style.cssText = `position: fixed; inset: 0 auto auto 0; inline-size: ${width}px; block-size: ${height}px; border: 0`;
  frame.srcdoc = guidePage(guide, SHIFT_OBSERVER + head, options);
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as Frame;
  const doc = frame.contentDocument!;
  // The script arrives before the stylesheet's 3 s timeout however slow the machine: held in its delay.
  for (const animation of doc.getAnimations()) animation.pause();
  await win.firstPaint;
  if (at) {
    doc.querySelector(at)!.scrollIntoView();
    await frames(win);
  }
  win.shifts.length = 0;
  const before = sections(doc);
  const script = doc.createElement('script');
  script.type = 'module';
  script.src = '/dist/cdn/care-elements.js';
  doc.head.append(script);
  const elements = [...doc.body.querySelectorAll('*')].filter((el) => el.localName.startsWith('care-'));
  await Promise.all([...new Set(elements.map((el) => el.localName))].map((tag) => win.customElements.whenDefined(tag)));
  await Promise.all(elements.map((el) => (el as Element & { updateComplete?: Promise<unknown> }).updateComplete));
  // Two frames lay out and paint what the elements rendered; shifts found then may not be delivered yet.
  await frames(win);
  win.flushShifts();
  return { shifts: win.shifts, before, after: sections(doc) };
}

export const total = (shifts: Shift[]) => shifts.reduce((sum, shift) => sum + shift.value, 0);
export const explain = (shifts: Shift[]) => shifts.map((s) => `${s.value.toFixed(4)}: ${s.sources.join(', ')}`).join('; ') || 'no shift';
