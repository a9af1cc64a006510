import { define } from '../internal/define.js';
import { CareTopicList } from './topic-list.js';
import { CareTopic } from './topic.js';

define('care-topic', CareTopic);
define('care-topic-list', CareTopicList);

export { CareTopicList, CareTopic };

declare global {
  interface HTMLElementTagNameMap {
    'care-topic-list': CareTopicList;
    'care-topic': CareTopic;
  }
}
