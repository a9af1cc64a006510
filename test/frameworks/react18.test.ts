import { expect } from '@open-wc/testing';
import { faqSuite } from './faq-suite.js';

const bundle = '/test/frameworks/react18/app.bundle.js';
const app = () => import(bundle) as Promise<typeof import('./react18/app.js')>;

/** React 18 sets every prop as an attribute and ignores custom events: care-elements/react bridges both. */
faqSuite('React 18 through care-elements/react', app);

interface Declaration {
  name: string;
  tagName?: string;
  events?: { name: string }[];
}

const manifest: { modules: { declarations?: Declaration[] }[] } = await (await fetch('/custom-elements.json')).json();
const elements = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.tagName);
/** `care-faq-toggle` → `onCareFaqToggle` */
const propFor = (event: string) => `on${event.replace(/(^|-)(\w)/g, (_, _dash, letter: string) => letter.toUpperCase())}`;

describe('care-elements/react', () => {
  it('runs on React 18 here, not on the React 19 beside it', async () => {
    expect((await app()).reactVersion).to.match(/^18\./);
  });

  for (const element of elements) {
    it(`has ${element.name}, which renders <${element.tagName}> and hears its events`, async () => {
      const { wrappers, mountComponent } = await app();
      const component = (wrappers as Record<string, unknown>)[element.name];
      expect(component, `care-elements/react exports ${element.name}`).to.exist;
      const heard: string[] = [];
      const props = Object.fromEntries((element.events ?? []).map((e) => [propFor(e.name), (event: Event) => heard.push(event.type)]));
      const container = document.body.appendChild(document.createElement('div'));
      const unmount = mountComponent(container, component as Parameters<typeof mountComponent>[1], props);
      try {
        const rendered = container.firstElementChild!;
        expect(rendered.localName).to.equal(element.tagName);
        for (const event of element.events ?? []) rendered.dispatchEvent(new CustomEvent(event.name, { detail: {} }));
        expect(heard).to.deep.equal((element.events ?? []).map((e) => e.name));
      } finally {
        unmount();
        container.remove();
      }
    });
  }
});
