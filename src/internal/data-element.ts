// Servers that render the elements have no HTMLElement; data elements only ever run in a browser.
const Base = (globalThis.HTMLElement ?? class {}) as typeof HTMLElement;

/**
 * A light-DOM element that only holds content for the element around it, which reads it. It has
 * no shadow root of its own, so its content shows as the page wrote it, before and after the script
 * loads. `dataAttributes` lists what the parent reads; each has a property that reflects it.
 */
export class DataElement extends Base {
  /** The attributes the parent element reads and watches. */
  static readonly dataAttributes: readonly string[] = [];

  protected text(name: string): string {
    return this.getAttribute(name) ?? '';
  }

  protected setText(name: string, value: string | null | undefined): void {
    if (value == null) this.removeAttribute(name);
    else this.setAttribute(name, String(value));
  }
}
