/**
 * Compiled by `npm run typecheck`, never run: care-* events are typed wherever they are heard.
 * Each `@ts-expect-error` proves a wrong use fails to compile.
 */
import type { ValidGuide } from '../../src/index.js';

declare const faq: HTMLElementTagNameMap['care-faq-accordion'];

document.addEventListener('care-guide-load', (event) => {
  const guide: ValidGuide = event.detail.guide;
  // @ts-expect-error the load event carries the guide, not problems
  void event.detail.problems;
  void guide;
});

window.addEventListener('care-content-error', (event) => {
  const paths: string[] = event.detail.problems.map((problem) => problem.path);
  // @ts-expect-error a problem has a path and a message, no line number
  void event.detail.problems[0].line;
  void paths;
});

faq.addEventListener('care-faq-toggle', (event) => {
  const open: boolean = event.detail.open;
  const id: string = event.detail.id;
  // @ts-expect-error the detail's id is a string
  const wrong: number = event.detail.id;
  void [open, id, wrong];
});

document.body.addEventListener('care-faq-toggle', (event) => {
  // @ts-expect-error there is no `question` in the toggle's detail
  void event.detail.question;
});
