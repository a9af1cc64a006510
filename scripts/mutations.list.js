/**
 * Planted bugs for `npm run test:mutations`: each is one exact text replacement in one file of src/,
 * named for the promise it breaks, with the test files that must catch it (in Chromium). `find` must
 * occur exactly once in `file`; when the code changes so that it does not, the script says so loudly
 * and this list is updated with the code. `build: true` when the tests read dist/ rather than src/.
 * The script adds, by itself, every inline-axis logical property (and logical float) made physical and every
 * forced-colours block deleted.
 */
const FAQ = 'src/faq-accordion/faq-accordion.ts';
const TIMELINE = 'src/procedure-timeline/procedure-timeline.ts';
const RISKS = 'src/risk-list/risk-list.ts';
const OPEN = 'src/internal/open-answers.ts';

export default [
  // Found by the review that asked for this list: each once survived the suite.
  {
    // The review's "delete the forced-colours focus rule" has nothing to delete: forced colours give a
    // focused element the system's own ring colour, so the rule was dropped as dead. Its promise, held:
    name: 'forced colours: the focus ring opted out of forced colours, drawn in the theme’s blue',
    file: 'src/styles/base.ts',
    find: `    outline: var(--care-focus-width, 3px) solid var(--_focus);`,
    replace: `    outline: var(--care-focus-width, 3px) solid var(--_focus);\n    forced-color-adjust: none;`,
    tests: ['test/forced-colors.chromium.test.ts'],
  },
  {
    name: 'forced colours: the deep-link mark turns CanvasText once focus moves on',
    file: 'src/styles/base.ts',
    find: `    [data-target] {
      outline-color: Highlight;
      animation: none;`,
    replace: `    [data-target] {
      animation: none;`,
    tests: ['test/forced-colors.chromium.test.ts'],
  },
  {
    name: 'right-to-left: the timeline connector drawn with left and border-left',
    file: 'src/procedure-timeline/procedure-timeline.styles.ts',
    find: `    inset-inline-start: calc(var(--_marker) / 2 - 1px);
    border-inline-start: var(--_connector);`,
    replace: `    left: calc(var(--_marker) / 2 - 1px);
    border-left: var(--_connector);`,
    tests: ['test/rtl.test.ts'],
  },
  {
    name: 'CSP: an inline style on an open FAQ answer',
    file: FAQ,
    find: `<div part="description" class="answer" id=\${answerId(item.id)}`,
    replace: `<div part="description" class="answer" id=\${answerId(item.id)} style=\${open ? 'margin: 0' : nothing}`,
    tests: ['test/cdn.test.ts'],
    build: true,
  },
  {
    name: 'CSP: an inline style on the FAQ search result message',
    file: FAQ,
    find: `<p part="status" class="status" role="status">`,
    replace: `<p part="status" class="status" role="status" style=\${message ? 'margin: 0' : nothing}>`,
    tests: ['test/cdn.test.ts'],
    build: true,
  },
  {
    name: 'CSP: an inline style on an opened compact step',
    file: TIMELINE,
    find: `<div part="description" class="description" id="d-\${step.id}" ?hidden=\${!open}>`,
    replace: `<div part="description" class="description" id="d-\${step.id}" ?hidden=\${!open} style=\${this.compact && open ? 'margin: 0' : nothing}>`,
    tests: ['test/cdn.test.ts'],
    build: true,
  },
  {
    name: 'CSP: an inline style on a severity group heading',
    file: RISKS,
    find: `html\`<span class="shape \${severity}">`,
    replace: `html\`<span class="shape \${severity}" style=\${'margin: 0'}>`,
    tests: ['test/cdn.test.ts'],
    build: true,
  },
  {
    name: 'FAQ: the toggle-all button shown in single mode',
    file: FAQ,
    find: `const showToggle = this.toggleAll && !this.single && this.#content.items.length > 1;`,
    replace: `const showToggle = this.toggleAll && this.#content.items.length > 1;`,
    tests: ['test/faq-accordion.test.ts'],
  },
  {
    name: 'FAQ: several open children kept open in single mode',
    file: OPEN,
    find: `    if (this.host.single) open = open.slice(0, 1);\n`,
    replace: ``,
    tests: ['test/promises.test.ts'],
  },
  {
    name: 'FAQ: no care-faq-toggle when an answer closes',
    file: OPEN,
    find: `    for (const id of changed) emit(this.host, 'care-faq-toggle', { id, open: next.has(id) });`,
    replace: `    for (const id of changed) if (next.has(id)) emit(this.host, 'care-faq-toggle', { id, open: next.has(id) });`,
    tests: ['test/faq-accordion.test.ts', 'test/promises.test.ts'],
  },
  {
    name: 'FAQ: search without accent folding ("Cafe" no longer finds "café")',
    file: 'src/internal/search.ts',
    find: `  const haystack = foldText(texts.filter(Boolean).join(' '));
  return searchWords(query).every(`,
    replace: `  const haystack = texts.filter(Boolean).join(' ').toLowerCase();
  return query.toLowerCase().split(/\\s+/).filter(Boolean).every(`,
    tests: ['test/faq-accordion.test.ts', 'test/promises.test.ts'],
  },
  {
    name: "FAQ: updateComplete resolves before the search code has come and been used",
    file: FAQ,
    find: `() => this.#search.pending);`,
    replace: `() => undefined);`,
    tests: ['test/faq-search-loading.test.ts', 'test/highlight.test.ts'],
  },
  {
    name: "a failed fetch of lazily loaded code is remembered, so no later need tries again",
    file: 'src/internal/lazy-chunk.ts',
    find: `        loading = undefined;\n`,
    replace: ``,
    tests: ['test/faq-search-loading.test.ts'],
  },
  {
    name: "FAQ: a search box's focus no longer fetches the search code ahead of the first keystroke",
    file: FAQ,
    find: ` @focus=\${this.#onSearchFocus}`,
    replace: ``,
    tests: ['test/faq-search-loading.test.ts'],
  },
  {
    name: 'FAQ: a deep link opens and focuses the answer but does not scroll to it',
    file: FAQ,
    find: `      this.#itemElement(id)?.scrollIntoView({ block: 'start' });\n`,
    replace: ``,
    tests: ['test/faq-accordion.test.ts', 'test/deep-links.test.ts'],
  },
  {
    name: 'deep links: the item is marked and focused but not scrolled to',
    file: 'src/internal/hash-link.ts',
    find: `  item.scrollIntoView({ block: 'start' });\n`,
    replace: ``,
    tests: ['test/deep-links.test.ts'],
  },
  {
    name: 'report: the same problems warned again on every render',
    file: 'src/internal/report.ts',
    find: `  if (lastReport.get(host) === text) return;\n`,
    replace: ``,
    tests: ['test/faq-accordion.test.ts', 'test/topic-list.test.ts'],
  },
  {
    name: 'review note: the sources heading ignores heading-level',
    file: 'src/review-note/review-note.ts',
    find: `heading(headingLevel(this.headingLevel), strings.sources, 'sources-heading')`,
    replace: `heading(2, strings.sources, 'sources-heading')`,
    tests: ['test/review-note.test.ts', 'test/promises.test.ts'],
  },
  {
    name: 'review note: the guide’s last-reviewed wins over its own attribute',
    file: 'src/internal/review.ts',
    find: `valid(textProperty(own.lastReviewed, 'last-reviewed', problems) ?? guide?.lastReviewed, 'last-reviewed')`,
    replace: `valid(guide?.lastReviewed ?? textProperty(own.lastReviewed, 'last-reviewed', problems), 'last-reviewed')`,
    tests: ['test/review-note.test.ts', 'test/review.test.ts', 'test/promises.test.ts'],
  },
  {
    name: 'review note: the guide’s sources win over its own sources property',
    file: 'src/review-note/review-note.ts',
    find: `    if (this.sources) {`,
    replace: `    if (this.sources && !guide?.sources) {`,
    tests: ['test/review-note.test.ts', 'test/promises.test.ts'],
  },
  {
    name: 'strings: "Step n of m" written in English, past the strings table',
    file: TIMELINE,
    find: `const position = format(strings.stepOf, { n: index + 1, total }, lang);`,
    replace: `const position = \`Step \${index + 1} of \${total}\`;`,
    tests: ['test/procedure-timeline.test.ts', 'test/strings.test.ts', 'test/promises.test.ts'],
  },
  {
    name: 'strings: severity words written in English, past the strings table',
    file: RISKS,
    find: `    const level = { high: strings.severityHigh, moderate: strings.severityModerate, low: strings.severityLow }[severity];
    return format(strings.severity, { level });`,
    replace: `    return \`Severity: \${severity}\`;`,
    tests: ['test/risk-list.test.ts', 'test/strings.test.ts', 'test/promises.test.ts'],
  },
  {
    name: 'risk list: sort="severity" sorts the guide’s own array in place',
    file: RISKS,
    find: `this.sort === 'severity' ? [...items].sort(`,
    replace: `this.sort === 'severity' ? items.sort(`,
    tests: ['test/risk-list.test.ts', 'test/promises.test.ts'],
  },
  {
    name: 'guide: a fetched src overrides the guide property',
    file: 'src/guide/guide.ts',
    find: `    if (this.guide != null) {`,
    replace: `    if (this.guide != null && !fetched?.raw) {`,
    tests: ['test/guide.test.ts'],
  },
  {
    name: 'CMS: <care-step duration> ignored',
    file: 'src/internal/children.ts',
    find: `    duration: child.getAttribute('duration'),`,
    replace: `    duration: undefined,`,
    tests: ['test/procedure-timeline.test.ts'],
  },
  {
    name: 'CMS: <care-risk severity> ignored',
    file: 'src/internal/children.ts',
    find: `    severity: child.getAttribute('severity'),`,
    replace: `    severity: undefined,`,
    tests: ['test/risk-list.test.ts'],
  },
  {
    name: 'topic list: item titles two levels below the section heading',
    file: 'src/topic-list/topic-list.ts',
    find: `topicItem(this.#content, item, level + 1)`,
    replace: `topicItem(this.#content, item, level + 2)`,
    tests: ['test/topic-list.test.ts'],
  },
  {
    name: 'theming: the FAQ question colour ignores --care-faq-accordion-toggle-color',
    file: 'src/faq-accordion/faq-accordion.styles.ts',
    find: `    color: var(--_toggle-color);`,
    replace: `    color: var(--_accent);`,
    tests: ['test/theming.test.ts'],
  },
  {
    name: 'theming: --care-color-accent ignored',
    file: 'src/styles/base.ts',
    find: `--_accent: var(--care-color-accent, light-dark(#1d4ed8, #93c5fd));`,
    replace: `--_accent: light-dark(#1d4ed8, #93c5fd); --_unused: var(--care-color-accent);`,
    tests: ['test/theming.test.ts'],
  },
  {
    name: 'theming: the focus ring ignores --care-focus-width',
    file: 'src/styles/base.ts',
    find: `  :focus-visible {
    outline: var(--care-focus-width, 3px) solid var(--_focus);`,
    replace: `  :focus-visible {
    outline: 3px solid var(--_focus);`,
    tests: ['test/theming.test.ts'],
  },
  {
    name: 'print: the benefits card and risk list drop their print rule',
    file: 'src/styles/card.ts',
    find: `    .card,
    :host([variant='elevated']) .card {
      box-shadow: none;
      border-color: #000;
    }`,
    replace: `    .card {
      border-color: #000;
    }`,
    tests: ['test/media.chromium.test.ts'],
  },
  {
    name: 'print: a benefit or risk may break across pages',
    file: 'src/styles/list.ts',
    find: `    align-content: start;
    break-inside: avoid;`,
    replace: `    align-content: start;`,
    tests: ['test/media.chromium.test.ts', 'test/print.chromium.test.ts'],
  },
  {
    name: 'reduced motion: only the FAQ chevron stops moving',
    file: 'src/styles/base.ts',
    find: `    *,
    *::before,
    *::after {
      animation: none !important;`,
    replace: `    .icon {
      animation: none !important;`,
    tests: ['test/media.chromium.test.ts'],
  },
  {
    name: 'timeline: compact mode hides the titles too',
    file: TIMELINE,
    find: `html\`<span class="visually-hidden">\${label}\${strings.colon}</span>\${step.title}\``,
    replace: `this.compact ? html\`<span class="visually-hidden">\${label}\${strings.colon}\${step.title}</span>\` : html\`<span class="visually-hidden">\${label}\${strings.colon}</span>\${step.title}\``,
    tests: ['test/procedure-timeline.test.ts'],
  },
  {
    name: 'timeline: "Step n of m" said twice, again before the duration',
    file: TIMELINE,
    find: `<span class="visually-hidden">\${strings.duration}\${strings.colon}</span>`,
    replace: `<span class="visually-hidden">\${label}, \${strings.duration}\${strings.colon}</span>`,
    tests: ['test/procedure-timeline.test.ts'],
  },

  // The obvious kind: ARIA, safe URLs, slugs, modes, sort, strings.
  {
    name: 'FAQ: aria-expanded says the opposite',
    file: FAQ,
    find: `aria-expanded=\${open ? 'true' : 'false'} aria-controls=`,
    replace: `aria-expanded=\${open ? 'false' : 'true'} aria-controls=`,
    tests: ['test/faq-accordion.test.ts'],
  },
  {
    name: 'FAQ: each button controls its own heading, not its answer',
    file: FAQ,
    find: `aria-controls=\${answerId(item.id)}`,
    replace: `aria-controls=\${questionId(item.id)}`,
    tests: ['test/faq-accordion.test.ts'],
  },
  {
    name: 'FAQ: closed answers hidden from find in page',
    file: FAQ,
    find: `hidden=\${open ? nothing : 'until-found'}`,
    replace: `?hidden=\${!open}`,
    tests: ['test/faq-accordion.test.ts'],
  },
  {
    name: 'FAQ: find in page does not open the answer it found',
    file: FAQ,
    find: ` @beforematch=\${this.#onBeforeMatch}`,
    replace: ``,
    tests: ['test/faq-accordion.test.ts'],
  },
  {
    name: 'FAQ: single mode keeps the previous answer open',
    file: OPEN,
    find: `      next.clear();\n`,
    replace: ``,
    tests: ['test/faq-accordion.test.ts'],
  },
  {
    name: 'FAQ: a search matches when any word is found, not every word',
    file: 'src/internal/search.ts',
    find: `searchWords(query).every((word) => haystack.includes(word))`,
    replace: `searchWords(query).some((word) => haystack.includes(word))`,
    tests: ['test/faq-accordion.test.ts'],
  },
  {
    name: 'FAQ: "1 of 3 questions match", the plural for one',
    file: 'src/internal/strings.ts',
    find: `  return format(strings[\`\${key}_\${form}\`] ?? strings[\`\${key}_other\`], { count, ...values }, lang);`,
    replace: `  return format(strings[\`\${key}_other\`], { count, ...values }, lang);`,
    tests: ['test/faq-accordion.test.ts'],
  },
  {
    name: 'FAQ: a change a script made to the items just before a click is never read',
    file: 'src/internal/section-controller.ts',
    find: `    if (earlier.length > 0) this.#onChildrenChanged();\n`,
    replace: ``,
    tests: ['test/faq-accordion.test.ts'],
  },
  {
    name: 'FAQ: opening or closing a CMS-written item is not written back to its open attribute',
    file: OPEN,
    find: `      for (const id of changed) this.content.nodes.get(id)?.toggleAttribute('open', next.has(id));\n`,
    replace: ``,
    tests: ['test/faq-accordion.test.ts'],
  },
  {
    name: 'safe URLs: javascript: becomes a link',
    file: 'src/content/safe-url.ts',
    find: `new Set(['http:', 'https:', 'mailto:', 'tel:'])`,
    replace: `new Set(['http:', 'https:', 'mailto:', 'tel:', 'javascript:'])`,
    tests: ['test/validate.test.ts', 'test/review-note.test.ts'],
  },
  {
    name: 'safe URLs: the untrimmed string is parsed',
    file: 'src/content/safe-url.ts',
    find: `new URL(trimmed, 'https://relative.invalid/')`,
    replace: `new URL(url, 'https://relative.invalid/')`,
    tests: ['test/validate.test.ts', 'test/fuzz.test.ts'],
  },
  {
    name: 'review note: sources link with the page’s address as referrer',
    file: 'src/review-note/review-note.ts',
    find: ` rel="noreferrer">`,
    replace: `>`,
    tests: ['test/review-note.test.ts'],
  },
  {
    name: 'slugs: accents kept out of slugs instead of folded',
    file: 'src/content/slug.ts',
    find: `  const slug = foldText(text)`,
    replace: `  const slug = text.toLowerCase()`,
    tests: ['test/validate.test.ts'],
  },
  {
    name: 'ids: a repeated id is handed out twice',
    file: 'src/content/slug.ts',
    find: `    if (this.take(wanted)) return wanted;`,
    replace: `    this.take(wanted);\n    return wanted;`,
    tests: ['test/validate.test.ts'],
  },
  {
    name: 'risk list: sort="severity" orders low to high',
    file: RISKS,
    find: `const ORDER: (Severity | undefined)[] = ['high', 'moderate', 'low', undefined];`,
    replace: `const ORDER: (Severity | undefined)[] = ['low', 'moderate', 'high', undefined];`,
    tests: ['test/risk-list.test.ts'],
  },

  // More of our own.
  {
    name: 'risk list: risks under a severity group sit at the group heading’s level',
    file: RISKS,
    find: `this.#renderList(group.items, below + 1)`,
    replace: `this.#renderList(group.items, below)`,
    tests: ['test/risk-list.test.ts'],
  },
  {
    name: 'timeline: earlier steps shown as upcoming and later ones as done',
    file: TIMELINE,
    find: `index < this.#currentIndex ? 'done'`,
    replace: `index > this.#currentIndex ? 'done'`,
    tests: ['test/procedure-timeline.test.ts'],
  },
  {
    name: 'timeline: current="2" names the third step',
    file: TIMELINE,
    find: `Number(wanted) - 1`,
    replace: `Number(wanted)`,
    tests: ['test/procedure-timeline.test.ts'],
  },
  {
    name: 'timeline: the current step is not aria-current="step"',
    file: TIMELINE,
    find: `aria-current=\${progress === 'current' ? 'step' : nothing}`,
    replace: ``,
    tests: ['test/procedure-timeline.test.ts'],
  },
  {
    name: 'timeline: a deep link to a compact step leaves its description closed',
    file: TIMELINE,
    find: `    if (this.compact && !this.expanded.has(id)) this.#toggle(id);\n`,
    replace: ``,
    tests: ['test/deep-links.test.ts'],
  },
  {
    name: 'deep links: an item with the id of the page’s own element takes over its link',
    file: 'src/internal/hash-link.ts',
    find: `(own && !this.host.contains(own)) || `,
    replace: ``,
    tests: ['test/deep-links.test.ts'],
  },
  {
    name: 'deep links: moving an element reveals its item again',
    file: 'src/internal/hash-link.ts',
    find: `    this.#pending = window.location.hash !== this.#answered;`,
    replace: `    this.#pending = true;`,
    tests: ['test/deep-links.test.ts'],
  },
  {
    name: 'report: a problem that went away and came back is not reported again',
    file: 'src/internal/report.ts',
    find: `    lastReport.delete(host);\n`,
    replace: ``,
    tests: ['test/faq-accordion.test.ts'],
  },
  {
    name: 'properties: a number accepted as text where text alone is expected',
    file: 'src/internal/coerce.ts',
    find: `  if (numbers && typeof value === 'number'`,
    replace: `  if (typeof value === 'number'`,
    tests: ['test/hostile.test.ts'],
  },
  {
    name: 'review dates: the overdue warning fires on the due day itself',
    file: 'src/internal/review.ts',
    find: `next >= today()`,
    replace: `next > today()`,
    tests: ['test/review.test.ts'],
  },
  {
    name: 'review dates: formatted in English whatever the page’s language',
    file: 'src/internal/review.ts',
    find: `new Intl.DateTimeFormat(lang, {`,
    replace: `new Intl.DateTimeFormat('en', {`,
    tests: ['test/review-note.test.ts'],
  },
  {
    name: 'guide: the elements it feeds stay aria-busy after the guide arrives',
    file: 'src/guide/guide.ts',
    find: `      if (busy && this.#consumers.has(el)) continue;`,
    replace: `      continue;`,
    tests: ['test/network.test.ts'],
  },
  {
    name: 'guide: the column ignores --care-guide-max-width',
    file: 'src/guide/guide.ts',
    find: `max-inline-size: var(--care-guide-max-width, 45em);`,
    replace: `max-inline-size: 45em; --_unused: var(--care-guide-max-width);`,
    tests: ['test/layout.test.ts', 'test/theming.test.ts'],
  },
  {
    name: 'FAQ: every answer a landmark, however many questions',
    file: FAQ,
    find: `this.#regions = this.#content.items.length <= MAX_REGIONS;`,
    replace: `this.#regions = true || MAX_REGIONS;`,
    tests: ['test/landmarks.test.ts'],
  },
  {
    name: 'bidi: a source title’s U+202E reverses the text after it',
    file: 'src/styles/base.ts',
    find: `  a,
  bdi {
    unicode-bidi: isolate;
  }`,
    replace: `  bdi {
    unicode-bidi: isolate;
  }`,
    tests: ['test/bidi.test.ts'],
  },
  {
    name: 'JSON-LD: updateComplete resolves before the guide’s JSON-LD is written',
    file: 'src/guide/guide.ts',
    find: `() => this.#structuredData.pending);`,
    replace: `() => undefined);`,
    tests: ['test/structured-data.test.ts'],
  },
  {
    name: 'FAQ: after a failed fetch of the search code, every keystroke fetches it again',
    file: 'src/internal/faq-search-loader.ts',
    find: `else if (words && !this.#failed) this.#fetch();`,
    replace: `else if (words) this.#fetch();`,
    tests: ['test/faq-search-loading.test.ts'],
  },
  {
    name: 'FAQ: a deep link waits for the search code before it scrolls and focuses',
    file: FAQ,
    find: `    this.#rendered().then(() => {`,
    replace: `    this.updateComplete.then(() => {`,
    tests: ['test/faq-search-loading.test.ts'],
  },
  {
    name: 'search: an accordion that left the page while its search code came marks the page anyway',
    file: 'src/internal/search.ts',
    find: `if (!registry || !this.host.isConnected) return;`,
    replace: `if (!registry) return;`,
    tests: ['test/faq-search-loading.test.ts'],
  },
  {
    name: 'JSON-LD: a guide’s JSON-LD is written after no-structured-data was set while its code loaded',
    file: 'src/internal/structured-data.ts',
    find: `    if (guide !== this.#shown) return;\n`,
    replace: ``,
    tests: ['test/json-ld-loading.test.ts'],
  },
  {
    name: 'FAQ: an item the page gave a closed shadow root stops the whole accordion',
    file: 'src/internal/children.ts',
    find: `  try {\n    item.attachShadow({ mode: 'open' }).append(item.ownerDocument.createElement('slot'));\n  } catch {\n    // The page gave the item a closed shadow root of its own; it decides what shows.\n  }\n`,
    replace: `  item.attachShadow({ mode: 'open' }).append(item.ownerDocument.createElement('slot'));\n`,
    tests: ['test/faq-accordion.test.ts'],
  },
  {
    name: 'FAQ: a question child shows inside its answer too',
    file: FAQ,
    find: `      prepare: holdQuestion,`,
    replace: `      prepare: () => undefined,`,
    tests: ['test/faq-accordion.test.ts'],
  },
  {
    name: 'pre-upgrade: a closed answer written as bare text shows until the script runs',
    file: 'src/styles/pre-upgrade.css',
    find: `    animation: care-elements-pre-upgrade-text-timeout 0s 3s both;\n`,
    replace: ``,
    tests: ['test/pre-upgrade.test.ts', 'test/pre-upgrade-layout.test.ts'],
    build: true,
  },
  {
    name: 'pre-upgrade: the page’s own line height shows until the script runs',
    file: 'src/styles/pre-upgrade.css',
    find: `  care-review-note\n):not(:defined) {\n  line-height: var(--care-line-height, 1.5);\n}\n`,
    replace: `  care-review-note\n):not(:defined) {\n}\n`,
    tests: ['test/pre-upgrade-layout.test.ts'],
    build: true,
  },
  {
    name: 'pre-upgrade: the space between sections wins over the page’s own margins for its paragraphs',
    file: 'src/styles/pre-upgrade.css',
    find: `:where(care-guide:not(:defined):not([layout='none']) > :not(:last-child)) {`,
    replace: `:where(care-guide:not(:defined):not([layout='none'])) > :not(:last-child) {`,
    tests: ['test/pre-upgrade-layout.test.ts'],
    build: true,
  },
  {
    name: 'pre-upgrade: a paragraph between sections sits at the page’s left edge instead of in the column',
    file: 'src/styles/pre-upgrade.css',
    find: `care-guide:not(:defined):not([layout='none']) > * {\n  box-sizing`,
    replace: `:where(care-guide:not(:defined):not([layout='none'])) > * {\n  box-sizing`,
    tests: ['test/pre-upgrade-layout.test.ts'],
    build: true,
  },
  {
    name: 'pre-upgrade: an open FAQ answer’s paragraphs lose the page’s margins',
    file: 'src/styles/pre-upgrade.css',
    find: `care-faq-item:not(:defined)[open] {\n  padding-block-end: var(--care-space, 1rem);\n}\n`,
    replace: `care-faq-item:not(:defined)[open] {\n  padding-block-end: var(--care-space, 1rem);\n}\ncare-faq-item:not(:defined) > p {\n  margin-block: 0 0.5rem;\n}\n`,
    tests: ['test/pre-upgrade-layout.test.ts'],
    build: true,
  },
  {
    name: 'pre-upgrade: an open FAQ answer of paragraphs has no room below it',
    file: 'src/styles/pre-upgrade.css',
    find: `care-faq-item:not(:defined)[open] {\n  padding-block-end: var(--care-space, 1rem);\n}\n`,
    replace: ``,
    tests: ['test/pre-upgrade-layout.test.ts'],
    build: true,
  },
  {
    name: 'languages: words that came through a later fetch never reach the elements still waiting for them',
    file: 'src/internal/strings.ts',
    find: `  arrivals.get(key)?.resolve();\n`,
    replace: ``,
    tests: ['test/strings-loading.test.ts'],
  },
];
