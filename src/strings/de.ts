import type { CareStrings } from './en.js';

// Draft wording, "Sie" register: a native speaker should review these words before 1.0.
const de: CareStrings = {
  colon: ': ',
  showAll: 'Alle anzeigen',
  hideAll: 'Alle ausblenden',
  searchLabel: 'Fragen durchsuchen',
  searchResults_one: '{count} von {total} Fragen passt zur Suche',
  searchResults_other: '{count} von {total} Fragen passen zur Suche',
  searchNone: 'Keine Frage passt zu „{query}“',
  stepOf: 'Schritt {n} von {total}',
  stepWithState: '{step}, {state}',
  stepDone: 'abgeschlossen',
  stepCurrent: 'aktueller Schritt',
  stepUpcoming: 'steht noch bevor',
  duration: 'Dauer',
  details: 'Details',
  severity: 'Schweregrad: {level}',
  severityLow: 'gering',
  severityModerate: 'mittel',
  severityHigh: 'hoch',
  severityUnrated: 'Weitere Hinweise',
  lastReviewed: 'Zuletzt geprüft',
  nextReview: 'Nächste Prüfung fällig',
  reviewedBy: 'Geprüft von',
  sources: 'Quellen',
};

export default de;
