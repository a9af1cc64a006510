import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import {
  countSentences,
  fleschKincaidGrade,
  formulaFor,
  guideReadability,
  harderThan,
  infleszBand,
  score,
  spanishSyllables,
  szigrisztPazos,
  textStats,
} from '../dist/content/readability.js';

/** The plain-language check, on the built module: the same one the command line and a bundled page load. */
const pack = (name) => JSON.parse(readFileSync(`src/content/${name}`, 'utf8'));

describe('the formulas', () => {
  it('computes Flesch-Kincaid and Szigriszt-Pazos from their counts', () => {
    assert.equal(fleschKincaidGrade({ words: 100, sentences: 5, syllables: 150 }), 0.39 * 20 + 11.8 * 1.5 - 15.59);
    assert.equal(szigrisztPazos({ words: 100, sentences: 5, syllables: 200 }), 206.835 - 62.3 * 2 - 20);
  });

  it('pins the grades of known sentences', () => {
    // 6 words of one syllable in 1 sentence: 0.39 × 6 + 11.8 × 1 − 15.59 = −1.45, rounded to one decimal.
    assert.equal(score('The cat sat on the mat.', 'flesch-kincaid'), -1.4);
    // 10 words, 2 sentences, 14 syllables ("doctor" 2, "injection" 3, "treatment" 2): 0.39 × 5 + 11.8 × 1.4 − 15.59 = 2.88.
    assert.deepEqual(textStats('A doctor gives the injection. It is a new treatment.', 'flesch-kincaid'), { words: 10, sentences: 2, syllables: 14 });
    assert.equal(score('A doctor gives the injection. It is a new treatment.', 'flesch-kincaid'), 2.9);
    // el 1, ga-to 2, co-me 2, pes-ca-do 3: 206.835 − 62.3 × 8/4 − 4.
    assert.equal(score('El gato come pescado.', 'szigriszt-pazos'), 78.2);
    assert.equal(infleszBand(78.2), 'quite-easy');
    assert.equal(infleszBand(54.9), 'somewhat-difficult');
    assert.equal(infleszBand(55), 'normal');
  });

  it('counts Spanish syllables by the rules of Spanish spelling', () => {
    const words = {
      país: 2, día: 2, leer: 2, aéreo: 4, ciudad: 2, guion: 1, que: 1, queso: 2, guerra: 2, pingüino: 3,
      averigüéis: 4, Uruguay: 3, hoy: 1, huevo: 2, médico: 3, inyección: 3, columna: 3, dolor: 2,
    };
    for (const [word, syllables] of Object.entries(words)) assert.equal(spanishSyllables(word), syllables, word);
  });

  it('does not end a sentence at an abbreviation or an initial', () => {
    assert.equal(countSentences('The U.S. Food and Drug Administration warns. Dr. Okafor agrees.'), 2);
    assert.equal(countSentences('A title\n\nA paragraph. Another one? Yes!'), 4);
    assert.equal(countSentences('La FDA de EE.UU. advierte. Pregunte a su médico.'), 2);
  });

  it('picks the formula by language and says when there is none', () => {
    assert.equal(formulaFor('en-GB'), 'flesch-kincaid');
    assert.equal(formulaFor('es-MX'), 'szigriszt-pazos');
    assert.equal(formulaFor('fr'), undefined);
    assert.deepEqual(guideReadability({ lang: 'fr', summary: 'Un texte en français.' }), { lang: 'fr', fields: [] });
    assert.equal(harderThan(8.1, 'flesch-kincaid'), true);
    assert.equal(harderThan(8, 'flesch-kincaid'), false);
    assert.equal(harderThan(54, 'szigriszt-pazos'), true);
    assert.equal(harderThan(12, 'flesch-kincaid', 12), false);
  });

  it('scores only prose fields of 20 words or more, by their JSON paths, and skips what is not text', () => {
    const long = 'This sentence has exactly ten words in it, you see. '.repeat(2).trim();
    const result = guideReadability({
      lang: 'en',
      title: long,
      summary: long,
      risks: { items: [{ title: 'Short', description: 'Too short to score.' }, 7, { title: 'Long', description: long, evidence: { note: long } }] },
      faqs: 'not a section',
    });
    assert.deepEqual(result.fields.map((f) => f.path), ['summary', 'risks.items[2].description', 'risks.items[2].evidence.note']);
    assert.equal(result.formula, 'flesch-kincaid');
    assert.equal(typeof result.score, 'number');
  });
});

describe('the built-in guides read plainly', () => {
  it('English: every field of 20 words or more at grade 8 or below', () => {
    const result = guideReadability(pack('stem-cell-injection-back-pain.json'));
    assert.deepEqual(result.fields.filter((f) => harderThan(f.score, 'flesch-kincaid')), []);
    assert.ok(result.score <= 8, `whole guide at grade ${result.score}`);
  });

  it('Spanish: the whole guide and every field of 20 words or more at INFLESZ 55 ("normal") or easier', () => {
    const result = guideReadability(pack('stem-cell-injection-back-pain.es.json'));
    assert.equal(result.formula, 'szigriszt-pazos');
    assert.deepEqual(result.fields.filter((f) => harderThan(f.score, 'szigriszt-pazos')), []);
    assert.ok(result.score >= 55, `whole guide at ${result.score}`);
  });
});
