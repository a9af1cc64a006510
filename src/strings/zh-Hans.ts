import type { CareStrings } from './en.js';

// Draft wording in Simplified Chinese: a native speaker should review these words before 1.0.
const zhHans: CareStrings = {
  colon: '：',
  showAll: '全部展开',
  hideAll: '全部收起',
  searchLabel: '搜索问题',
  // Chinese has one form for every count.
  searchResults_other: '{total}个问题中有{count}个符合搜索条件',
  searchNone: '没有符合“{query}”的问题',
  stepOf: '第{n}步，共{total}步',
  stepWithState: '{step}，{state}',
  stepDone: '已完成',
  stepCurrent: '当前步骤',
  stepUpcoming: '待进行',
  duration: '所需时间',
  details: '详情',
  severity: '严重程度：{level}',
  severityLow: '低',
  severityModerate: '中等',
  severityHigh: '高',
  severityUnrated: '其他注意事项',
  lastReviewed: '最近审核日期',
  nextReview: '下次审核日期',
  reviewedBy: '审核人',
  sources: '参考资料',
  frequency: '发生频率：{value}',
  frequencyRate: '{band}，约每{per}人中有{count}人',
  frequencyVeryCommon: '十分常见',
  frequencyCommon: '常见',
  frequencyUncommon: '少见',
  frequencyRare: '罕见',
  frequencyVeryRare: '十分罕见',
  frequencyNotKnown: '未知',
  evidence: '证据强度：{level}',
  evidenceLimited: '有限',
  evidenceModerate: '中等',
  evidenceStrong: '充分',
  citation: '来源 {n}',
  backToText: '返回正文',
};

export default zhHans;
