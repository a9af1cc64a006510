// Runs first on a test page, so it hears everything the page does from the first byte on.
window.pageLog = { violations: [], errors: [], warnings: [] };
document.addEventListener('securitypolicyviolation', (e) => window.pageLog.violations.push(`${e.violatedDirective} ${e.blockedURI}`));
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
