import { define } from '../internal/define.js';
import { CareTopicList } from './topic-list.js';

define('care-topic-list', CareTopicList);

export { CareTopicList };

declare global {
  interface HTMLElementTagNameMap {
    'care-topic-list': CareTopicList;
  }
}
