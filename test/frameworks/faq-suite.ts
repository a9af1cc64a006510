import { expect, waitUntil } from '@open-wc/testing';
import { stemCellInjectionBackPain as guide } from '../../src/content/stem-cell-injection-back-pain.js';

/** What every framework test app exports: its FAQ rendered into a container, with the toggles it hears. */
export interface FrameworkApp {
  mount(container: HTMLElement, onToggle: (id: string, open: boolean) => void): () => void;
}

type Accordion = HTMLElement & { items?: unknown; updateComplete: Promise<boolean> };

const questions = guide.faqs!.items.map((item) => item.question);

/**
 * One suite for every framework: the app renders the guide's FAQ from data set as a property, and
 * hears `care-faq-toggle` through the framework's own event binding.
 */
export function faqSuite(framework: string, load: () => Promise<FrameworkApp>): void {
  describe(`${framework}: the FAQ from props`, () => {
    let container: HTMLElement;
    let unmount = () => {};
    let toggles: { id: string; open: boolean }[];
    let complaints: string[];
    let restoreConsole = () => {};

    async function render() {
      const app = await load();
      toggles = [];
      unmount = app.mount(container, (id, open) => toggles.push({ id, open }));
      await waitUntil(() => container.querySelector('care-faq-accordion'), 'the app rendered no accordion');
      const accordion = container.querySelector<Accordion>('care-faq-accordion')!;
      await accordion.updateComplete;
      return accordion;
    }

    beforeEach(() => {
      container = document.body.appendChild(document.createElement('div'));
      // Frameworks tell of props they could not set and tags they could not resolve on the console.
      const { warn, error } = console;
      complaints = [];
      console.warn = console.error = (...args: unknown[]) => complaints.push(args.map(String).join(' '));
      restoreConsole = () => Object.assign(console, { warn, error });
    });
    afterEach(() => {
      unmount();
      container.remove();
      restoreConsole();
    });

    it('renders every question of the guide as a button', async () => {
      const accordion = await render();
      const buttons = [...accordion.shadowRoot!.querySelectorAll('button[aria-controls]')];
      expect(buttons.map((button) => button.textContent!.trim())).to.deep.equal(questions);
    });

    it('renders without a warning or error on the console', async () => {
      await render();
      expect(complaints).to.deep.equal([]);
    });

    it('passes the questions as the items property, not as an attribute', async () => {
      const accordion = await render();
      expect(accordion.hasAttribute('items')).to.be.false;
      expect(accordion.items).to.deep.equal(guide.faqs!.items);
    });

    it('sets attributes the element reads', async () => {
      const accordion = await render();
      expect(accordion.shadowRoot!.querySelector('h4 button'), 'questions one level below heading-level 3').to.exist;
      expect(accordion.shadowRoot!.querySelector('[part="toggle-all-button"]'), 'toggle-all').to.exist;
    });

    it('hears care-faq-toggle with its detail through its own event binding', async () => {
      const accordion = await render();
      const button = accordion.shadowRoot!.querySelector<HTMLButtonElement>('button[aria-controls]')!;
      button.click();
      button.click();
      const id = button.id.replace(/^q-/, '');
      expect(toggles).to.deep.equal([
        { id, open: true },
        { id, open: false },
      ]);
      await waitUntil(() => container.querySelector('#last-opened')?.textContent === id, 'the app did not re-render from the event');
    });
  });
}
