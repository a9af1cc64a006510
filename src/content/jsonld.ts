import type { CreativeWork, FAQPage, Graph, MedicalProcedure, MedicalWebPage, Organization, Person, Question, Thing } from 'schema-dts';
import type { Guide, Source, ValidGuide } from './types.js';
import { safeUrl } from './safe-url.js';
import { validateGuide } from './validate.js';

/**
 * Words that name a group rather than a person, in each language the library has words for. German
 * ones may end a compound (Schmerzzentrum), Arabic ones take the article (الفريق), and Chinese ones
 * may sit anywhere, as Chinese writes no spaces.
 */
const GROUP_WORDS = {
  en: 'team|maintainers|editors|editorial|board|committee|council|department|clinic|hospital|practice|centre|center|institute|society|association|foundation|university|group|network|trust|service|unit|inc|ltd|llc',
  es: 'equipo|responsables|redacción|comité|consejo|junta|departamento|servicio|clínica|hospital|centro|instituto|sociedad|asociación|fundación|universidad|grupo|unidad',
  fr: 'équipe|rédaction|comité|conseil|département|service|clinique|hôpital|centre|cabinet|institut|société|association|fondation|université|groupe|réseau|unité',
  de: 'team|redaktion|ausschuss|vorstand|abteilung|klinik|klinikum|krankenhaus|praxis|zentrum|institut|gesellschaft|verein|verband|stiftung|universität|gruppe|netzwerk|gmbh',
  ar: 'فريق|هيئة|لجنة|مجلس|قسم|عيادة|مستشفى|مركز|معهد|جمعية|مؤسسة|جامعة|مجموعة|شبكة|إدارة',
  'zh-Hans': '团队|小组|委员会|编辑部|医院|诊所|中心|研究所|学会|协会|基金会|大学|科室|部门',
};
/** Letters and marks: a word stands alone when none touches it. */
const ALONE_BEFORE = '(?<![\\p{L}\\p{M}\\p{N}])';
const ALONE_AFTER = '(?![\\p{L}\\p{M}\\p{N}])';
const GROUP = new RegExp(
  [
    `${ALONE_BEFORE}(?:${GROUP_WORDS.en}|${GROUP_WORDS.es}|${GROUP_WORDS.fr})${ALONE_AFTER}`,
    `(?:${GROUP_WORDS.de})${ALONE_AFTER}`,
    `${ALONE_BEFORE}(?:ال)?(?:${GROUP_WORDS.ar})${ALONE_AFTER}`,
    GROUP_WORDS['zh-Hans'],
  ].join('|'),
  'iu',
);
/** A title only a person carries: before the name (Dr., Dra., Prof., Pr, Mme, د.), or after it in Chinese (王医生). */
const PERSON_TITLE = /^(?:dr|dra|prof|profa|pr|mr|mrs|ms|mme|herr|frau|د|أ\.د)(?:\.|\s)|^(?:ال)?(?:دكتور|دكتورة|أستاذ|أستاذة)\s|(?:医生|医师|教授|博士)$/iu;

/** Plain text on one line: paragraphs and line breaks folded to spaces. */
const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();

/**
 * `reviewedBy` is free text, often "Name, role, place", so the type is judged by what comes before the
 * first comma (or semicolon, or parenthesis): a name with a person's title is a Person, one with a word
 * such as "team", "clinique" or "فريق" an Organization, any other a Person.
 */
function reviewer(name: string): Person | Organization {
  const head = name.normalize('NFC').split(/[,;(،؛，、；（]/)[0].trim();
  return !PERSON_TITLE.test(head) && GROUP.test(head) ? { '@type': 'Organization', name } : { '@type': 'Person', name };
}

/** A source the guide rests on, as a cited work. */
function citation(source: Source): CreativeWork {
  return {
    '@type': 'CreativeWork',
    name: source.title,
    ...(source.publisher ? { publisher: { '@type': 'Organization', name: source.publisher } } : {}),
    // The href the page writes, so a tel: number with spaces is one a machine can read.
    ...(source.url ? { url: safeUrl(source.url) } : {}),
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
 *
 * It returns data, not markup: write it into a `<script type="application/ld+json">` with
 * `scriptJson(guideJsonLd(guide))`. `JSON.stringify` alone leaves a title such as `</script><script>…`
 * as written, which ends the script element and runs what follows.
 */
export function guideJsonLd(guide: Guide | ValidGuide): Graph {
  const valid = validateGuide(guide).value;
  return valid ? jsonLdGraph(valid) : { '@context': 'https://schema.org', '@graph': [] };
}

const SCRIPT_UNSAFE: Record<string, string> = { '<': '\\u003c', '>': '\\u003e', '&': '\\u0026', '\u2028': '\\u2028', '\u2029': '\\u2029' };

/**
 * JSON that is safe as the text of a `<script>` element, such as `guideJsonLd`'s graph in
 * `<script type="application/ld+json">`: `<`, `>` and `&` are written as `\u003c`, `\u003e` and
 * `\u0026`, so no text in it can close the element or open a comment, as `JSON.stringify` alone lets
 * it. It parses to the same value.
 */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (char) => SCRIPT_UNSAFE[char]);
}
