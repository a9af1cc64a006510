/**
 * `print-pdf`: prints the test's own page with Chromium's print engine to a real PDF (A4 unless
 * the payload says otherwise) and returns it as base64, so a test can read what each page holds.
 */
export const printPdf = {
  name: 'print-pdf',
  async executeCommand({ command, payload, session }) {
    if (command !== 'print-pdf') return undefined;
    const page = session.browser.getPage(session.id);
    const margin = '15mm';
    const pdf = await page.pdf({ format: 'A4', margin: { top: margin, right: margin, bottom: margin, left: margin }, ...payload });
    return Buffer.from(pdf).toString('base64');
  },
};
