// The entry's script exports the chai it uses, as the main entry does, but its types leave it out.
import type Chai from 'chai';

declare module '@open-wc/testing/pure' {
  export const chai: typeof Chai;
}
