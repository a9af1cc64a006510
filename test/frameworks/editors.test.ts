import { expect } from '@open-wc/testing';

/** The editor data generated from custom-elements.json describes every tag of it, CMS child tags included. */
interface Named {
  name: string;
}
interface Declaration extends Named {
  tagName?: string;
  attributes?: Named[];
  slots?: Named[];
  events?: Named[];
  cssParts?: Named[];
  cssProperties?: Named[];
}
interface VsCodeTag extends Named {
  attributes: (Named & { values: Named[] })[];
}
interface WebTypesElement extends Named {
  attributes?: (Named & { value: { type: string } })[];
  slots?: Named[];
  events?: Named[];
}

const json = async <T>(url: string): Promise<T> => (await fetch(url)).json();
const names = (list?: Named[]) => (list ?? []).map((item) => item.name).sort();

const manifest = await json<{ modules: { declarations?: Declaration[] }[] }>('/custom-elements.json');
const elements = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.tagName);
const pkg = await json<{ 'web-types': string }>('/package.json');
const html = await json<{ tags: VsCodeTag[] }>('/editors/vscode.html-custom-data.json');
const css = await json<{ properties: Named[]; pseudoElements: Named[] }>('/editors/vscode.css-custom-data.json');
const webTypes = await json<{
  contributions: { html: { elements: WebTypesElement[] }; css: { properties: Named[]; 'pseudo-elements': Named[] } };
}>(`/${pkg['web-types']}`);

describe('editor data', () => {
  it('covers every tag, the CMS child tags included', () => {
    const tags = elements.map((d) => d.tagName).sort();
    expect(tags).to.include.members(['care-faq-item', 'care-step', 'care-risk', 'care-benefit', 'care-topic']);
    expect(names(html.tags)).to.deep.equal(tags);
    expect(names(webTypes.contributions.html.elements)).to.deep.equal(tags);
  });

  for (const element of elements) {
    it(`gives <${element.tagName}> its attributes, slots and events`, () => {
      const vscode = html.tags.find((tag) => tag.name === element.tagName)!;
      const jetbrains = webTypes.contributions.html.elements.find((tag) => tag.name === element.tagName)!;
      expect(names(vscode.attributes)).to.deep.equal(names(element.attributes));
      expect(names(jetbrains.attributes)).to.deep.equal(names(element.attributes));
      expect(names(jetbrains.slots)).to.deep.equal(names(element.slots));
      expect(names(jetbrains.events)).to.deep.equal(names(element.events));
    });
  }

  it('offers the values of attributes typed as a set of words', () => {
    const values = (tag: string, attribute: string) =>
      names(html.tags.find((t) => t.name === tag)!.attributes.find((a) => a.name === attribute)!.values);
    expect(values('care-risk', 'severity')).to.include.members(['low', 'moderate', 'high']);
    expect(values('care-topic-list', 'section')).to.include.members(['conditions', 'recovery', 'tips']);
    expect(values('care-benefits-card', 'variant')).to.deep.equal(['elevated', 'outlined']);
  });

  it('types each attribute in JetBrains as its value in HTML, a string of some form, never null or undefined', () => {
    const types = Object.fromEntries(
      webTypes.contributions.html.elements.flatMap((tag) => (tag.attributes ?? []).map((a) => [`${tag.name} ${a.name}`, a.value.type])),
    );
    const nullish = Object.entries(types).filter(([, type]) => type.split('|').some((member) => ['null', 'undefined'].includes(member.trim())));
    expect(nullish).to.deep.equal([]);
    expect(types).to.include({
      'care-faq-accordion heading': 'string',
      'care-guide src': 'string',
      'care-risk-list variant': "'outlined' | 'elevated'",
      'care-procedure-timeline current': 'string | number',
      'care-risk severity': "'' | 'low' | 'moderate' | 'high'",
    });
  });

  it('lists every custom property and part once, for VS Code and JetBrains', () => {
    const tokens = [...new Set(elements.flatMap((d) => names(d.cssProperties)))].sort();
    const parts = [...new Set(elements.flatMap((d) => names(d.cssParts)))].map((name) => `::part(${name})`).sort();
    expect(names(css.properties)).to.deep.equal(tokens);
    expect(names(webTypes.contributions.css.properties)).to.deep.equal(tokens);
    expect(names(css.pseudoElements)).to.deep.equal(parts);
  });
});
