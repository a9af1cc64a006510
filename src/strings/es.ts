import type { CareStrings } from './en.js';

// Draft wording, formal "usted" register: a native speaker should review these words before 1.0.
const es: CareStrings = {
  colon: ': ',
  showAll: 'Mostrar todo',
  hideAll: 'Ocultar todo',
  searchLabel: 'Buscar en las preguntas',
  searchResults_one: '{count} de {total} preguntas coincide con la búsqueda',
  searchResults_other: '{count} de {total} preguntas coinciden con la búsqueda',
  searchNone: 'Ninguna pregunta coincide con «{query}»',
  stepOf: 'Paso {n} de {total}',
  stepWithState: '{step}, {state}',
  stepDone: 'completado',
  stepCurrent: 'paso actual',
  stepUpcoming: 'pendiente',
  duration: 'Duración',
  details: 'Detalles',
  severity: 'Gravedad: {level}',
  severityLow: 'baja',
  severityModerate: 'moderada',
  severityHigh: 'alta',
  severityUnrated: 'Otras consideraciones',
  lastReviewed: 'Última revisión',
  nextReview: 'Próxima revisión prevista',
  reviewedBy: 'Revisado por',
  sources: 'Fuentes',
};

export default es;
