// Runs first on a test page, so it hears everything the page does from the first byte on.
window.pageLog = { violations: [], errors: [], warnings: [] };
// A test's own probe (data-sentinel) marks how far the reports have arrived; it is not the page's violation.
document.addEventListener('securitypolicyviolation', (e) => {
  if (!e.composedPath()[0]?.hasAttribute?.('data-sentinel')) window.pageLog.violations.push(`${e.violatedDirective} ${e.blockedURI} ${e.composedPath()[0]?.localName ?? ''}`.trim());
});
window.addEventListener('error', (e) => window.pageLog.errors.push(e.message));
window.addEventListener('unhandledrejection', (e) => window.pageLog.errors.push(String(e.reason)));
const warn = console.warn;
console.warn = (...args) => {
  window.pageLog.warnings.push(args.join(' '));
  warn.apply(console, args);
};
window.pageReady = new Promise((resolve) => {
  for (const type of ['care-guide-load', 'care-content-error']) document.addEventListener(type, () => resolve(type), { once: true });
});
