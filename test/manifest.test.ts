import { expect } from '@open-wc/testing';
import type { LitElement } from 'lit';
import * as pkg from '../src/index.js';

/**
 * custom-elements.json is what Storybook, editors and framework types read: it must describe the
 * classes as they are, and nothing else.
 */
interface Declaration {
  name: string;
  tagName?: string;
  attributes?: { name: string; fieldName?: string }[];
  members?: { name: string; kind: string; static?: boolean; privacy?: string }[];
  slots?: { name: string }[];
  cssParts?: { name: string }[];
  events?: { name: string; type?: { text: string } }[];
}

const manifest: { modules: { path: string; declarations?: Declaration[] }[] } = await (await fetch('/custom-elements.json')).json();
const elements = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.tagName);

type ElementClass = CustomElementConstructor & {
  observedAttributes?: string[];
  dataAttributes?: readonly string[];
  elementProperties?: LitElementClass['elementProperties'];
};
type LitElementClass = typeof LitElement;

const names = (list?: { name: string }[]) => (list ?? []).map((item) => item.name).sort();

describe('custom-elements.json', () => {
  it('declares every element the package registers', () => {
    const registered = (Object.values(pkg) as unknown[])
      .filter((value): value is CustomElementConstructor => typeof value === 'function' && value.prototype instanceof HTMLElement)
      .map((ctor) => customElements.getName(ctor))
      .sort();
    expect(registered).to.include.members(['care-guide', 'care-step', 'care-risk', 'care-benefit', 'care-topic', 'care-faq-item']);
    expect(elements.map((d) => d.tagName).sort()).to.deep.equal(registered);
  });

  for (const declaration of elements) {
    const tag = declaration.tagName!;
    describe(`<${tag}>`, () => {
      const ctor = () => customElements.get(tag) as ElementClass;

      it('is registered by the package as the class it names', () => {
        expect(ctor(), `${tag} is defined`).to.be.a('function');
        expect(ctor().name).to.equal(declaration.name);
        expect((pkg as Record<string, unknown>)[declaration.name]).to.equal(ctor());
      });

      it('documents exactly the attributes the class reads', () => {
        const read = ctor().dataAttributes ?? ctor().observedAttributes ?? [];
        expect(names(declaration.attributes)).to.deep.equal([...read].sort());
      });

      it('documents public members only: no internal state and no private fields', () => {
        const members = declaration.members ?? [];
        expect(members.filter((m) => m.name.startsWith('#') || (m.privacy && m.privacy !== 'public')).map((m) => m.name)).to.deep.equal([]);
        const state = [...(ctor().elementProperties ?? new Map())].filter(([, options]) => options.state).map(([name]) => String(name));
        expect(members.map((m) => m.name).filter((name) => state.includes(name))).to.deep.equal([]);
      });

      it('types every event it fires with its detail, as framework types and editors read it', () => {
        const untyped = (declaration.events ?? []).filter((event) => !/^CustomEvent<Care\w+Detail>$/.test(event.type?.text ?? ''));
        expect(untyped.map((event) => event.name)).to.deep.equal([]);
      });

      it('gives every attribute, slot and part a name of its own', () => {
        const attributes = names(declaration.attributes);
        const parts = names(declaration.cssParts);
        const slots = names(declaration.slots);
        expect(attributes.filter((name) => parts.includes(name)), 'attributes named like parts').to.deep.equal([]);
        expect(slots.filter((name) => parts.includes(name)), 'slots named like parts').to.deep.equal([]);
      });
    });
  }
});
