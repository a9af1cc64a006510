// What the README promises about the HTML filters of CMSs: DOMPurify, WordPress kses and Drupal text formats.
import { expect } from '@open-wc/testing';
import DOMPurify from 'dompurify';
import { drupalAllowedHtml } from '../scripts/drupal-allowed-html.js';
import '../src/index.js';
import { cmsStories, hasChildTags, readmeExamples, renderFramed, renderHere } from './cms-pages.js';

interface Declaration {
  tagName?: string;
  attributes?: { name: string }[];
}
const manifest: { modules: { declarations?: Declaration[] }[] } = await (await fetch('/custom-elements.json')).json();
const elements = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.tagName);
const tags = elements.map((d) => d.tagName!).sort();
const attributes = [...new Set(elements.flatMap((d) => (d.attributes ?? []).map((a) => a.name)))].sort();

const readme = await (await fetch('/README.md')).text();
const examples = await readmeExamples();

/** The quoted strings of the first list that follows `name` in the README, such as `ADD_TAGS: [...]`. */
function listAfter(name: string): string[] {
  const start = readme.indexOf(name);
  expect(start, `the README names ${name}`).to.be.greaterThan(-1);
  const list = readme.slice(start).match(/[[(]([^\])]*)[\])]/)![1];
  return Array.from(list.matchAll(/'([^']+)'/g), (match) => match[1]);
}

const config = { ADD_TAGS: listAfter('ADD_TAGS:'), ADD_ATTR: listAfter('ADD_ATTR:') };

/** A README example without the page's own script tag: the field's content, which the site's script then brings to life. */
const fieldContent = (example: string) => example.replace(/<script type="module"[^>]*><\/script>\s*/g, '');

describe('HTML filters', () => {
  afterEach(() => document.querySelectorAll('body > iframe, body > div').forEach((el) => el.remove()));

  describe('DOMPurify', () => {
    it('with its default profile removes the elements and keeps only their text', () => {
      const faq = examples.find((example) => example.includes('<care-faq-item'))!;
      const clean = DOMPurify.sanitize(faq);
      expect(clean).to.not.match(/<care-/);
      expect(clean).to.include('Behind the building.');
    });

    it('is configured in the README with every element and attribute of custom-elements.json', () => {
      expect([...config.ADD_TAGS].sort()).to.deep.equal(tags);
      expect([...config.ADD_ATTR].sort()).to.deep.equal(attributes);
    });

    for (const [i, example] of examples.entries()) {
      const inlineJson = example.includes('type="application/json"');
      it(`with the README configuration keeps example ${i + 1}${inlineJson ? ' except its inline JSON' : ''}`, async () => {
        const clean = DOMPurify.sanitize(fieldContent(example), config);
        const [before, after] = [await renderFramed(example), await renderFramed(clean)];
        if (inlineJson) {
          expect(clean, 'the inline JSON is removed').to.not.include('application/json');
          expect(after.sections.map((s) => s.tag), 'the elements themselves stay').to.deep.equal(before.sections.map((s) => s.tag));
          return;
        }
        if (hasChildTags(example)) expect(before.sections.flatMap((s) => s.items)).to.not.be.empty;
        expect(after.sections).to.deep.equal(before.sections);
        expect(after.warnings).to.deep.equal(before.warnings);
      });
    }

    for (const [name, markup] of cmsStories()) {
      it(`with the README configuration keeps the story ${name}`, async () => {
        const [a, b] = [document.createElement('div'), document.createElement('div')];
        document.body.append(a, b);
        const before = await renderHere(markup, a);
        const after = await renderHere(DOMPurify.sanitize(markup, config), b);
        expect(before.sections.flatMap((s) => s.items)).to.not.be.empty;
        expect(after.sections).to.deep.equal(before.sections);
        expect(after.warnings).to.deep.equal(before.warnings);
      });
    }

    it('keeps inline JSON only when script is allowed, which lets every script through', () => {
      const json = '<care-guide><script type="application/json">{"schemaVersion":1}</script></care-guide>';
      expect(DOMPurify.sanitize(json, config)).to.not.include('<script');
      const withScripts = { ...config, ADD_TAGS: [...config.ADD_TAGS, 'script'] };
      expect(DOMPurify.sanitize(json, withScripts)).to.include('application/json');
      expect(DOMPurify.sanitize('<p>Hello</p><script>alert(1)</script>', withScripts)).to.include('<script>alert(1)</script>');
    });
  });

  describe('WordPress kses', () => {
    it('is opened in the README for every element and attribute of custom-elements.json, with id and slot', () => {
      expect(listAfter('$attributes = array').sort()).to.deep.equal(['id', ...attributes].sort());
      expect(listAfter('foreach ( array').sort()).to.deep.equal(tags);
      expect(readme).to.include("$tags['span']['slot']");
    });
  });

  describe('Drupal allowed HTML', () => {
    const line = drupalAllowedHtml(manifest);
    const allowed = new Map(
      Array.from(line.matchAll(/<([a-z][a-z0-9-]*)((?:\s+[a-z-]+)*)>/g), ([, tag, names]) => [tag, names.trim().split(/\s+/)]),
    );

    it('names every element with each of its attributes and id', () => {
      for (const element of elements) {
        expect(allowed.get(element.tagName!), element.tagName).to.have.members([...(element.attributes ?? []).map((a) => a.name), 'id']);
      }
    });

    it('allows slot on the markup that fills the heading and question slots', () => {
      expect(allowed.get('span')).to.deep.equal(['slot']);
      expect(allowed.get('strong')).to.deep.equal(['slot']);
      expect(line.match(/<[^>]+>/g)).to.have.length(tags.length + 2);
    });

    it('is the line the README gives', () => {
      expect(readme).to.include(`\`\`\`text\n${line}\n\`\`\``);
    });
  });
});
