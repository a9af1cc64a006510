import { html, LitElement } from 'lit';

/**
 * The least a Lit element can do for one question: a heading with a toggle button and an answer
 * panel, no validation, no slots, no strings. The distance to it is what care-faq-accordion adds
 * over Lit itself.
 */
class BenchFaqItem extends LitElement {
  static properties = { question: {}, answer: {}, open: { type: Boolean } };

  constructor() {
    super();
    this.question = '';
    this.answer = '';
    this.open = false;
  }

  render() {
    return html`<h3><button type="button" id="q" aria-expanded=${this.open ? 'true' : 'false'} aria-controls="a"
        @click=${() => (this.open = !this.open)}>${this.question}</button></h3>
      <div id="a" role="region" aria-labelledby="q" ?hidden=${!this.open}><p>${this.answer}</p></div>`;
  }
}
customElements.define('bench-faq-item', BenchFaqItem);
