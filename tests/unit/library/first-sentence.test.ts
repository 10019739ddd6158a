import { describe, expect, it } from 'vitest';
import { firstSentence } from '../../../utils/library/entry';

describe('firstSentence', () => {
  it('passes over captions, credits and player text an older analysis kept, and drops the dateline', () => {
    expect(
      firstSentence({
        summary: [
          'Media playback is unsupported on your device',
          'FILE PHOTO: Traders work on the floor of the New York Stock Exchange. REUTERS/Brendan McDermid',
          'NEW YORK (Reuters) - Oil prices fell sharply on Tuesday on oversupply concerns.',
        ],
        excerpt: null,
      }),
    ).toBe('Oil prices fell sharply on Tuesday on oversupply concerns.');
  });

  it('falls back to an excerpt that is story, else to nothing', () => {
    expect(firstSentence({ summary: [], excerpt: 'Photo: Jane Doe/AP' })).toBe('');
    expect(firstSentence({ summary: [], excerpt: 'The council voted on Monday.' })).toBe(
      'The council voted on Monday.',
    );
  });
});
