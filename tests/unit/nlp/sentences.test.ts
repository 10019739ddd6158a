import { describe, expect, it } from 'vitest';
import { splitLine, splitSentences } from '../../../utils/nlp/sentences';

describe('splitLine', () => {
  it('keeps "U.S." and "D.C." inside a sentence', () => {
    expect(
      splitLine('He flew to Washington, D.C., on Monday. The U.S. capital was calm. Then he left.'),
    ).toEqual([
      'He flew to Washington, D.C., on Monday.',
      'The U.S. capital was calm.',
      'Then he left.',
    ]);
  });

  it('ends a sentence after "U.S." when a new sentence clearly starts', () => {
    expect(splitLine('He moved to the U.S. The move was hard.')).toEqual([
      'He moved to the U.S.',
      'The move was hard.',
    ]);
  });

  it('ends a sentence after "Inc." only before a clear sentence start', () => {
    expect(splitLine('Shares of Acme Inc. fell. He sold Acme Inc. The firm said so.')).toEqual([
      'Shares of Acme Inc. fell.',
      'He sold Acme Inc.',
      'The firm said so.',
    ]);
  });

  it('does not break after month abbreviations, titles or initials', () => {
    expect(
      splitLine('On Oct. 21 Gen. Mark Milley met J. R. Smith and Mr. Jones. They talked.'),
    ).toEqual(['On Oct. 21 Gen. Mark Milley met J. R. Smith and Mr. Jones.', 'They talked.']);
  });

  it('keeps closing quotes with their sentence', () => {
    expect(splitLine('“We are ready,” he said. “NATO is strong.” She agreed.')).toEqual([
      '“We are ready,” he said.',
      '“NATO is strong.”',
      'She agreed.',
    ]);
  });

  it('splits on question and exclamation marks', () => {
    expect(splitLine('Who won? Nobody knows! Wait and see.')).toEqual([
      'Who won?',
      'Nobody knows!',
      'Wait and see.',
    ]);
  });

  it('splits lower-cased, PTB-tokenized text on standalone periods only', () => {
    expect(
      splitLine("the u.s. team won . it was n't close . `` great , '' said the coach ."),
    ).toEqual(['the u.s. team won .', "it was n't close .", "`` great , '' said the coach ."]);
  });
});

describe('splitSentences', () => {
  it('never joins two lines and records where each sentence stands', () => {
    const s = splitSentences('A heading\nFirst sentence here. Second one.\n\nLast line');
    expect(s.map((x) => x.text)).toEqual([
      'A heading',
      'First sentence here.',
      'Second one.',
      'Last line',
    ]);
    expect(s.map((x) => x.line)).toEqual([0, 1, 1, 3]);
    expect(s.map((x) => x.index)).toEqual([0, 1, 2, 3]);
  });
});
