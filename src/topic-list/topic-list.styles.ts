import { css } from 'lit';

export const styles = css`
  :host {
    --_list-gap: var(--care-topic-list-gap);
  }
`;
