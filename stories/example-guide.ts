import type { Guide } from '../src/content/types.js';

/**
 * A small guide in schema version 2 with the parts the built-in guide has none of: a benefit's
 * frequency, an FAQ introduction and procedure steps that cite sources. Its items and its source
 * are made up to show those parts; they are no medical advice.
 */
export const exampleGuide: Guide = {
  schemaVersion: 2,
  id: 'example-parts',
  lang: 'en',
  title: 'An example guide',
  sources: [
    {
      id: 'example-leaflet',
      title: 'An example patient leaflet',
      publisher: 'Example Clinic',
      url: 'https://example.org/leaflet',
      quote: 'In this made-up example, 3 in 100 patients had the benefit.',
    },
  ],
  procedure: {
    title: 'Your visit',
    items: [
      { id: 'check-in', title: 'Check in', duration: '10 minutes', description: 'Bring your recent scans and a list of your medicines.' },
      {
        id: 'injection',
        title: 'Injection',
        duration: '30 minutes',
        description: 'The doctor guides the needle with live imaging.',
        sources: ['example-leaflet'],
      },
      { id: 'going-home', title: 'Going home', description: 'Someone should drive you home.', sources: ['example-leaflet'] },
    ],
  },
  benefits: {
    title: 'How common each benefit is',
    items: [
      { id: 'very-common', title: 'Very common', frequency: { band: 'very-common' } },
      {
        id: 'common-with-rate',
        title: 'Common, with a rate',
        description: 'The rate rests on the source this item cites.',
        frequency: { band: 'common', count: 3, per: 100 },
        sources: ['example-leaflet'],
      },
      { id: 'not-known', title: 'Not known', frequency: { band: 'not-known' } },
    ],
  },
  faqs: {
    title: 'Frequently asked questions',
    intro: 'The questions patients ask us most. Ask your doctor about anything else.',
    items: [
      { id: 'how-long', question: 'How long does the visit take?', answer: 'About an hour, with the time you rest afterwards.' },
      { id: 'drive', question: 'Can I drive home?', answer: 'No. Someone should drive you home.' },
    ],
  },
};
