import type { CareStrings } from './en.js';

// Draft wording in Modern Standard Arabic: a native speaker should review these words before 1.0.
const ar: CareStrings = {
  colon: ': ',
  showAll: 'عرض الكل',
  hideAll: 'إخفاء الكل',
  searchLabel: 'البحث في الأسئلة',
  // Arabic counts take the dual, a plural for 3 to 10, and a singular noun for 11 to 99 and for hundreds.
  searchResults_zero: 'لا يوجد سؤال مطابق من أصل {total}',
  searchResults_one: 'سؤال واحد مطابق من أصل {total}',
  searchResults_two: 'سؤالان مطابقان من أصل {total}',
  searchResults_few: '{count} أسئلة مطابقة من أصل {total}',
  searchResults_many: '{count} سؤالًا مطابقًا من أصل {total}',
  searchResults_other: '{count} سؤال مطابق من أصل {total}',
  searchNone: 'لا توجد أسئلة تطابق «{query}»',
  stepOf: 'الخطوة {n} من {total}',
  stepWithState: '{step}، {state}',
  stepDone: 'مكتملة',
  stepCurrent: 'الخطوة الحالية',
  stepUpcoming: 'قادمة',
  duration: 'المدة',
  details: 'التفاصيل',
  severity: 'درجة الخطورة: {level}',
  severityLow: 'منخفضة',
  severityModerate: 'متوسطة',
  severityHigh: 'عالية',
  severityUnrated: 'اعتبارات أخرى',
  lastReviewed: 'تاريخ آخر مراجعة',
  nextReview: 'موعد المراجعة القادمة',
  reviewedBy: 'المراجِع',
  sources: 'المصادر',
};

export default ar;
