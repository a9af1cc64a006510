/**
 * Renders N questions in one page, interleaved so that every variant sees the same machine state:
 * native <details>, a minimal Lit element per question, the CMS's markup parsed but not upgraded
 * (the part of the children variant no script can avoid), <care-faq-accordion> with CMS children,
 * and with `items`. A sample is the time from creating the DOM to a finished layout; after it,
 * every question's button (for the unupgraded markup, every item) is counted, so no variant can
 * win by rendering less.
 */
const stage = document.getElementById('stage');
const question = (i) => `Question ${i}: how long does recovery take after step ${i}?`;
const answer = (i) => `Answer ${i}. It differs from person to person; rest, pain relief and physical therapy all help.`;
const shadowButtons = (hosts) => hosts.reduce((n, host) => n + host.shadowRoot.querySelectorAll('button[aria-expanded]').length, 0);

/** The accordion in `root`'s buttons, one per question. */
const questionButtons = (root) => root.firstElementChild.shadowRoot.querySelectorAll('button[aria-expanded]');

/** A reader's click on question i of the accordion in `root`; done when it has updated. */
const clickQuestion = (root, i) => {
  questionButtons(root)[i].click();
  return root.firstElementChild.updateComplete;
};
const questionOpen = (root, i) => questionButtons(root)[i].getAttribute('aria-expanded') === 'true';

/** Each variant renders n questions into `root`; those a reader can click also say how to click question i and whether it is open. */
const variants = {
  native: {
    label: 'native <details>',
    render(root, n) {
      let markup = '';
      for (let i = 0; i < n; i++) markup += `<details><summary>${question(i)}</summary><p>${answer(i)}</p></details>`;
      root.innerHTML = markup;
      return Promise.resolve();
    },
    count: (root) => root.querySelectorAll('summary').length,
    toggle(root, i) {
      root.children[i].firstElementChild.click();
      return Promise.resolve();
    },
    isOpen: (root, i) => root.children[i].open,
  },
  minimalLit: {
    label: 'minimal Lit element per item',
    render(root, n) {
      const items = Array.from({ length: n }, (_, i) => {
        const item = document.createElement('bench-faq-item');
        item.question = question(i);
        item.answer = answer(i);
        return item;
      });
      root.append(...items);
      return Promise.all(items.map((item) => item.updateComplete));
    },
    count: (root) => shadowButtons([...root.children]),
    toggle(root, i) {
      const item = root.children[i];
      item.shadowRoot.querySelector('button').click();
      return item.updateComplete;
    },
    isOpen: (root, i) => root.children[i].open,
  },
  markup: {
    label: 'CMS markup, not upgraded',
    /** The children variant's markup with no element defined: what parsing it costs before any script runs. */
    render(root, n) {
      let markup = '<x-faq-accordion>';
      for (let i = 0; i < n; i++) markup += `<x-faq-item question="${question(i)}"><p>${answer(i)}</p></x-faq-item>`;
      root.innerHTML = `${markup}</x-faq-accordion>`;
      return Promise.resolve();
    },
    count: (root) => root.querySelectorAll('x-faq-item').length,
  },
  children: {
    label: '<care-faq-accordion> children',
    render(root, n) {
      let markup = '<care-faq-accordion>';
      for (let i = 0; i < n; i++) markup += `<care-faq-item question="${question(i)}"><p>${answer(i)}</p></care-faq-item>`;
      root.innerHTML = `${markup}</care-faq-accordion>`;
      return root.firstElementChild.updateComplete;
    },
    count: (root) => shadowButtons([root.firstElementChild]),
    toggle: clickQuestion,
    isOpen: questionOpen,
  },
  items: {
    label: '<care-faq-accordion> items',
    render(root, n) {
      const el = document.createElement('care-faq-accordion');
      el.items = Array.from({ length: n }, (_, i) => ({ question: question(i), answer: answer(i) }));
      root.append(el);
      return el.updateComplete;
    },
    count: (root) => shadowButtons([root.firstElementChild]),
    toggle: clickQuestion,
    isOpen: questionOpen,
  },
};

async function sample(name, n) {
  stage.replaceChildren();
  await new Promise((r) => requestAnimationFrame(r));
  const start = performance.now();
  await variants[name].render(stage, n);
  void stage.offsetHeight; // force style and layout
  const time = performance.now() - start;
  const buttons = variants[name].count(stage);
  if (buttons !== n) throw new Error(`${name} rendered ${buttons} of ${n} questions`);
  return time;
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

window.benchVariants = Object.fromEntries(Object.entries(variants).map(([name, v]) => [name, v.label]));

/** One sample as runBench takes it, for comparing two builds. */
window.sampleVariant = sample;

/** Renders one variant `times` times, for the profiler. */
window.repeatVariant = async (name, n, times) => {
  for (let i = 0; i < times; i++) await sample(name, n);
  stage.replaceChildren();
};

/**
 * Opening and closing one answer in a rendered FAQ of n questions, for every variant a reader can
 * click: the time from the click to a finished layout, the median of `rounds` clicks on questions
 * spread over the list, rounds interleaved between variants. Each variant keeps its own box in the
 * stage, shown only for its clicks, so none is re-rendered or re-read between them; each click is
 * checked to have opened or closed its answer.
 */
window.runToggleBench = async ({ sizes, rounds }) => {
  const clickable = Object.keys(variants).filter((name) => variants[name].toggle);
  const results = [];
  for (const n of sizes) {
    stage.replaceChildren();
    const boxes = {};
    for (const name of clickable) {
      boxes[name] = stage.appendChild(document.createElement('div'));
      await variants[name].render(boxes[name], n);
      boxes[name].hidden = true;
    }
    const times = Object.fromEntries(clickable.map((name) => [name, []]));
    for (let round = 0; round < rounds; round++) {
      for (const name of clickable) {
        const box = boxes[name];
        box.hidden = false;
        void stage.offsetHeight;
        await new Promise((r) => requestAnimationFrame(r));
        const i = (round * 37) % n;
        const wasOpen = variants[name].isOpen(box, i);
        const start = performance.now();
        await variants[name].toggle(box, i);
        void stage.offsetHeight;
        times[name].push(performance.now() - start);
        if (variants[name].isOpen(box, i) === wasOpen) throw new Error(`${name}: a click on question ${i} changed nothing`);
        box.hidden = true;
      }
    }
    const native = median(times.native);
    for (const name of clickable) results.push({ n, variant: name, median: median(times[name]), ratio: median(times[name]) / native });
  }
  stage.replaceChildren();
  return results;
};

window.runBench = async ({ sizes, rounds, warmup }) => {
  await Promise.all(['care-faq-accordion', 'bench-faq-item'].map((tag) => customElements.whenDefined(tag)));
  const results = [];
  for (const n of sizes) {
    const times = Object.fromEntries(Object.keys(variants).map((k) => [k, []]));
    for (let round = 0; round < warmup + rounds; round++) {
      for (const name of Object.keys(variants)) {
        const t = await sample(name, n);
        if (round >= warmup) times[name].push(t);
      }
    }
    const native = median(times.native);
    for (const name of Object.keys(variants)) {
      results.push({ n, variant: name, median: median(times[name]), ratio: median(times[name]) / native, fastest: Math.min(...times[name]) / Math.min(...times.native) });
    }
  }
  stage.replaceChildren();
  return results;
};
