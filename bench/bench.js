/**
 * Renders N questions three ways in one page, interleaved so that every variant sees the same
 * machine state: native <details>, <care-faq-accordion> with CMS children, and with `items`.
 * A sample is the time from creating the DOM to a finished layout.
 */
const stage = document.getElementById('stage');
const question = (i) => `Question ${i}: how long does recovery take after step ${i}?`;
const answer = (i) => `Answer ${i}. It differs from person to person; rest, pain relief and physical therapy all help.`;

const variants = {
  native(n) {
    let markup = '';
    for (let i = 0; i < n; i++) markup += `<details><summary>${question(i)}</summary><p>${answer(i)}</p></details>`;
    stage.innerHTML = markup;
    return Promise.resolve();
  },
  children(n) {
    let markup = '<care-faq-accordion>';
    for (let i = 0; i < n; i++) markup += `<care-faq-item question="${question(i)}"><p>${answer(i)}</p></care-faq-item>`;
    stage.innerHTML = `${markup}</care-faq-accordion>`;
    return stage.firstElementChild.updateComplete;
  },
  items(n) {
    const el = document.createElement('care-faq-accordion');
    el.items = Array.from({ length: n }, (_, i) => ({ question: question(i), answer: answer(i) }));
    stage.append(el);
    return el.updateComplete;
  },
};

async function sample(name, n) {
  stage.replaceChildren();
  await new Promise((r) => requestAnimationFrame(r));
  const start = performance.now();
  await variants[name](n);
  void stage.offsetHeight; // force style and layout
  return performance.now() - start;
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

window.runBench = async ({ sizes, rounds, warmup }) => {
  await customElements.whenDefined('care-faq-accordion');
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
      results.push({ n, variant: name, median: median(times[name]), ratio: median(times[name]) / native });
    }
  }
  stage.replaceChildren();
  return results;
};
