/**
 * The built-in guide as a CMS page writes it: a `<care-guide>` column of the header and every
 * section as an element with its child tags (`<care-step>`, `<care-faq-item>`…) and a
 * `slot="heading"` title, the intros as the page's own paragraphs, between a site header and
 * footer. No script tag: the benchmark and test/layout-shift.chromium.test.ts add it after first paint.
 * Plain functions of the guide, without Node's modules, so the browser tests build the same page.
 */

const escape = (text) => String(text).replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);
const attrs = (values) => Object.entries(values).filter(([, v]) => v != null).map(([k, v]) => ` ${k}="${escape(v)}"`).join('');
/** Plain text as the CMS writes it: one paragraph per blank-line-separated block. */
const body = (text = '') => text.split(/\n\s*\n/).map((p) => `<p>${escape(p.trim())}</p>`).join('');

/** A section's element; its title is a `slot="heading"` child, or the `heading` attribute when `headingAttribute` is set. */
function section(guide, tag, key, child, attributes = {}, headingAttribute = false) {
  const { title, intro, items } = guide[key];
  const intro_ = intro ? `<p>${escape(intro)}</p>` : '';
  const heading = headingAttribute ? '' : `<span slot="heading">${escape(title)}</span>`;
  return `${intro_}<${tag}${attrs({ heading: headingAttribute ? title : undefined, ...attributes })}>${heading}${items.map(child).join('')}</${tag}>`;
}

const topic = (item) => `<care-topic${attrs({ label: item.title })}>${body(item.description)}</care-topic>`;

/** For the page's <head>: a site's own typography, unlike the elements' defaults (a serif face, taller lines, its own paragraph margins). */
export const SITE_TYPE = '<style>body { font: 16px/1.7 Georgia, serif; } p { margin: 0 0 1.25em; }</style>';

/**
 * A script for the page's <head>, run before anything paints: `window.shifts` collects each layout
 * shift with the boxes that moved (`{ value, sources: ['care-risk-list moved 0,-120px'] }`),
 * `window.flushShifts()` adds those found but not yet delivered, and `window.firstPaint` resolves
 * with the time of the first paint. Layout-shift entries exist in Chromium only. In a block, so
 * that its names stay out of the page's globals.
 */
export const SHIFT_OBSERVER = `<script>
  {
    window.shifts = [];
    const name = (node) => {
      if (!node) return '(removed)';
      const el = node.nodeType === 1 ? node : node.parentElement;
      const section = el.closest('care-guide > *');
      const own = el.localName + (el.id ? '#' + el.id : el.getAttribute('section') ? '[section=' + el.getAttribute('section') + ']' : '');
      return section && section !== el ? own + ' in ' + section.localName : own;
    };
    const record = (entries) => {
      for (const entry of entries) {
        if (entry.hadRecentInput) continue;
        const sources = entry.sources.map((s) => name(s.node) + ' moved ' + Math.round(s.currentRect.x - s.previousRect.x) + ',' + Math.round(s.currentRect.y - s.previousRect.y) + 'px');
        window.shifts.push({ value: entry.value, sources });
      }
    };
    if (PerformanceObserver.supportedEntryTypes.includes('layout-shift')) {
      const observer = new PerformanceObserver((list) => record(list.getEntries()));
      observer.observe({ type: 'layout-shift', buffered: true });
      window.flushShifts = () => record(observer.takeRecords());
    } else {
      window.flushShifts = () => {};
    }
    window.firstPaint = new Promise((resolve) => {
      new PerformanceObserver((list, self) => { self.disconnect(); resolve(list.getEntries()[0].startTime); }).observe({ type: 'paint', buffered: true });
    });
  }
</script>`;

/**
 * The page's markup for `guide` (the JSON document, parsed); `head` goes in its <head> (a stylesheet, a script).
 * `bareAnswers` writes each FAQ answer as text straight inside its `<care-faq-item>`, as the README's short example does,
 * every other one starting with a word in `<strong>`; `openFirstTwo` opens the first two questions, one of each kind;
 * `headingAttributes` writes each title as the `heading` attribute rather than a `slot="heading"` child.
 */
export function guidePage(guide, head = '', { bareAnswers = false, openFirstTwo = false, headingAttributes = false } = {}) {
  // Bare answers alternate between plain text and text with inline markup.
  const bare = (text, i) => escape(text.replace(/\s+/g, ' ')).replace(/^(\S+)/, i % 2 ? '<strong>$1</strong>' : '$1');
  const answer = (text, i) => (bareAnswers ? bare(text, i) : body(text));
  const titled = (tag, key, child, attributes) => section(guide, tag, key, child, attributes, headingAttributes);
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(guide.title)}</title>
<style>body { margin: 0; font: 16px/1.5 system-ui, sans-serif; } header, main, footer { padding: 1rem; }</style>
${head}</head>
<body>
<header><strong>Riverside Spine Clinic</strong> · Treatments · Contact</header>
<main><care-guide>
<care-guide-header${attrs({ heading: headingAttributes ? guide.title : undefined })}>${headingAttributes ? '' : `<span slot="heading">${escape(guide.title)}</span>`}<div slot="summary">${body(guide.summary)}</div></care-guide-header>
${titled('care-topic-list', 'conditions', topic, { section: 'conditions' })}
${titled('care-procedure-timeline', 'procedure', (item) => `<care-step${attrs({ id: item.id, label: item.title, duration: item.duration })}>${body(item.description)}</care-step>`)}
${titled('care-benefits-card', 'benefits', (item) => `<care-benefit${attrs({ label: item.title })}>${body(item.description)}</care-benefit>`)}
${titled('care-risk-list', 'risks', (item) => `<care-risk${attrs({ label: item.title, severity: item.severity })}>${body(item.description)}</care-risk>`, { sort: 'severity' })}
${titled('care-topic-list', 'recovery', topic, { section: 'recovery' })}
${titled('care-topic-list', 'tips', topic, { section: 'tips' })}
${titled('care-faq-accordion', 'faqs', (item, i) => `<care-faq-item${attrs({ id: item.id, question: item.question, open: openFirstTwo && i < 2 ? '' : undefined })}>${answer(item.answer, i)}</care-faq-item>`)}
<care-review-note${attrs({ disclaimer: guide.disclaimer, 'last-reviewed': guide.lastReviewed, 'reviewed-by': guide.reviewedBy })}></care-review-note>
</care-guide></main>
<footer><p>Riverside Spine Clinic, 12 River Road. Call 555-0100 to book a consultation.</p></footer>
</body>
</html>`;
}
