import type { CreativeWork, FAQPage, Graph, MedicalProcedure, MedicalWebPage, Organization, Person, Question, Thing } from 'schema-dts';
import type { Guide, Source, ValidGuide } from './types.js';
import { validateGuide } from './validate.js';

/** Words that name a group rather than a person, in a guide's `reviewedBy`. */
const GROUP = /\b(team|maintainers|editors|editorial|board|committee|council|department|clinic|hospital|practice|centre|center|institute|society|association|foundation|university|group|network|trust|service|inc|ltd|llc|gmbh)\b/i;

/** Plain text on one line: paragraphs and line breaks folded to spaces. */
const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();

/** `reviewedBy` is free text; a name with a word such as "team" or "board" is an organisation, any other a person. */
function reviewer(name: string): Person | Organization {
  return GROUP.test(name) ? { '@type': 'Organization', name } : { '@type': 'Person', name };
}

/** A source the guide rests on, as a cited work. */
function citation(source: Source): CreativeWork {
  return {
    '@type': 'CreativeWork',
    name: source.title,
    ...(source.publisher ? { publisher: { '@type': 'Organization', name: source.publisher } } : {}),
    ...(source.url ? { url: source.url } : {}),
  };
}

/** The steps as one text, as schema.org types `howPerformed`: "1. Title (duration): description". */
function stepsText(guide: ValidGuide): string {
  return (guide.procedure?.items ?? [])
    .map((step, i) => {
      const duration = step.duration ? ` (${oneLine(step.duration)})` : '';
      const description = step.description ? `: ${oneLine(step.description)}` : '';
      return `${i + 1}. ${oneLine(step.title)}${duration}${description}`;
    })
    .join('\n');
}

/** Builds the graph of an already validated guide; `faq: false` leaves the FAQPage out. */
export function jsonLdGraph(guide: ValidGuide, { faq = true } = {}): Graph {
  const base = `#${guide.id}`;
  const steps = stepsText(guide);
  const recovery = (guide.recovery?.items ?? []).map((item) => oneLine(`${item.title}${item.description ? `: ${item.description}` : ''}`));
  const procedure: MedicalProcedure | undefined = steps
    ? {
        '@type': 'MedicalProcedure',
        '@id': `${base}-procedure`,
        name: guide.title,
        ...(guide.procedure?.intro ? { description: oneLine(guide.procedure.intro) } : {}),
        howPerformed: steps,
        ...(recovery.length ? { followup: recovery.join('\n') } : {}),
      }
    : undefined;
  const page: MedicalWebPage = {
    '@type': 'MedicalWebPage',
    '@id': `${base}-page`,
    name: guide.title,
    ...(guide.summary ? { description: oneLine(guide.summary) } : {}),
    ...(guide.lang ? { inLanguage: guide.lang } : {}),
    ...(guide.lastReviewed ? { lastReviewed: guide.lastReviewed } : {}),
    ...(guide.reviewedBy ? { reviewedBy: reviewer(guide.reviewedBy) } : {}),
    ...(procedure ? { about: { '@id': procedure['@id']! } } : {}),
    ...(guide.sources?.length
      ? {
          citation: guide.sources.map(citation),
        }
      : {}),
  };
  const questions = (guide.faqs?.items ?? []).map((item): Question => ({
    '@type': 'Question',
    name: item.question,
    acceptedAnswer: { '@type': 'Answer', text: item.answer },
  }));
  const faqPage: FAQPage | undefined =
    faq && questions.length
      ? { '@type': 'FAQPage', '@id': `${base}-faq`, isPartOf: { '@id': page['@id']! }, mainEntity: questions }
      : undefined;
  const graph: Thing[] = [page];
  if (procedure) graph.push(procedure);
  if (faqPage) graph.push(faqPage);
  return { '@context': 'https://schema.org', '@graph': graph };
}

/**
 * schema.org JSON-LD for a guide, from the same data the elements show: a `MedicalWebPage`, the
 * procedure as a `MedicalProcedure` with its steps in `howPerformed`, and an `FAQPage` with one
 * `Question` per FAQ item. The guide is validated first; whatever the page would not show is left out.
 */
export function guideJsonLd(guide: Guide | ValidGuide): Graph {
  const valid = validateGuide(guide).value;
  return valid ? jsonLdGraph(valid) : { '@context': 'https://schema.org', '@graph': [] };
}

const SCRIPT_UNSAFE: Record<string, string> = { '<': '\\u003c', '>': '\\u003e', '&': '\\u0026', '\u2028': '\\u2028', '\u2029': '\\u2029' };

/**
 * JSON that is safe as the text of a `<script>` element: `<`, `>` and `&` are written as `\u003c`,
 * `\u003e` and `\u0026`, so no text in it can close the element or open a comment. It parses to the same value.
 */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (char) => SCRIPT_UNSAFE[char]);
}
