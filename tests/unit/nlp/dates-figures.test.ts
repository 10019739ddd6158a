import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../../utils/nlp';

describe('dates and figures', () => {
  const analysis = analyzeText(
    'On Oct. 21, 2023 the firm paid $1.2 million, up 15% on the year. ' +
      'Sales rose 2 percent in March 2022, and 3,000 workers have left since 2014.\n' +
      'The talks on October 21–22 ended early. Another 3,000 workers may go.',
  );

  it('finds dates in their written form, with years only where a preposition marks them', () => {
    expect(analysis.dates?.map((d) => d.name)).toEqual([
      'Oct. 21, 2023',
      'March 2022',
      '2014',
      'October 21–22',
    ]);
  });

  it('finds amounts with their unit or currency, counting repeats', () => {
    expect(analysis.figures?.[0]).toEqual({ name: '3,000 workers', mentions: 2, aliases: [] });
    expect(analysis.figures?.map((f) => f.name)).toEqual(
      expect.arrayContaining(['$1.2 million', '15%', '2 percent']),
    );
  });

  it('does not take bare numbers, or a number of days, as dates or figures', () => {
    const { dates, figures } = analyzeText('He scored 3 goals in 90 minutes on day 12.');
    expect(dates).toEqual([]);
    expect(figures).toEqual([]);
  });
});
