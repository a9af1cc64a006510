import type { CareStrings } from './en.js';

// Draft wording, "vous" register: a native speaker should review these words before 1.0.
const fr: CareStrings = {
  // French sets a no-break space before a colon and inside guillemets.
  colon: '\u00a0: ',
  showAll: 'Tout afficher',
  hideAll: 'Tout masquer',
  searchLabel: 'Rechercher dans les questions',
  searchResults_one: '{count} question sur {total} correspond à la recherche',
  searchResults_other: '{count} questions sur {total} correspondent à la recherche',
  searchNone: 'Aucune question ne correspond à «\u00a0{query}\u00a0»',
  stepOf: 'Étape {n} sur {total}',
  stepWithState: '{step}, {state}',
  stepDone: 'terminée',
  stepCurrent: 'étape en cours',
  stepUpcoming: 'à venir',
  duration: 'Durée',
  details: 'Détails',
  severity: 'Gravité\u00a0: {level}',
  severityLow: 'faible',
  severityModerate: 'modérée',
  severityHigh: 'élevée',
  severityUnrated: 'Autres points à prendre en compte',
  lastReviewed: 'Dernière révision',
  nextReview: 'Prochaine révision prévue',
  reviewedBy: 'Révisé par',
  sources: 'Sources',
};

export default fr;
