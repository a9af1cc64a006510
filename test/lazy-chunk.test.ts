import { expect } from '@open-wc/testing';
import { lazyChunk } from '../src/internal/lazy-chunk.js';
import { captureWarnings } from './helpers.js';

/** Code fetched when first needed, as the FAQ's search and the guide's JSON-LD are: one fetch, and a failure forgotten. */
describe('lazyChunk', () => {
  let warnings: ReturnType<typeof captureWarnings>;
  beforeEach(() => (warnings = captureWarnings()));
  afterEach(() => warnings.restore());

  /** A fetch the test answers, and how often it was asked for. */
  function network() {
    const answers: { resolve: (value: string) => void; reject: (error: Error) => void }[] = [];
    const load = () => new Promise<string>((resolve, reject) => answers.push({ resolve, reject }));
    return { load, answers };
  }

  it('fetches once for every caller, and once come, serves it without asking again', async () => {
    const { load, answers } = network();
    const fetch = lazyChunk(load, 'the code', 'nothing changes.');
    const first = fetch();
    const second = fetch();
    expect(answers).to.have.length(1);
    answers[0].resolve('module');
    expect(await Promise.all([first, second])).to.deep.equal(['module', 'module']);
    expect(await fetch()).to.equal('module');
    expect(answers).to.have.length(1);
    expect(warnings.messages).to.deep.equal([]);
  });

  it('warns of a failed fetch and forgets it, so the next call asks again', async () => {
    const { load, answers } = network();
    const fetch = lazyChunk(load, 'the code', 'nothing changes.');
    const failed = fetch();
    answers[0].reject(new TypeError('Failed to fetch'));
    await failed.then(
      () => expect.fail('resolved'),
      (error: Error) => expect(error.message).to.equal('Failed to fetch'),
    );
    expect(warnings.messages).to.deep.equal(['care-elements: the code could not be loaded (TypeError: Failed to fetch); nothing changes.']);
    const again = fetch();
    expect(answers).to.have.length(2);
    answers[1].resolve('module');
    expect(await again).to.equal('module');
  });

  it('gives up on a fetch with no answer in time, and an answer that comes late serves the next call', async () => {
    const { load, answers } = network();
    const fetch = lazyChunk(load, 'the code', 'nothing changes.', 20);
    await fetch().then(
      () => expect.fail('resolved'),
      (error: Error) => expect(error.message).to.equal('no answer in 0.02 s'),
    );
    expect(warnings.messages).to.have.length(1);
    answers[0].resolve('late module');
    await null;
    expect(await fetch()).to.equal('late module');
    expect(answers, 'no second fetch').to.have.length(1);
  });
});
