/** Furniture rules added for issue 10's hidden kinds: each with a line it catches and one it leaves. */
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../../utils/nlp';
import { lineRole, splitDateline } from '../../../utils/nlp/furniture';

describe('captions that end with their source', () => {
  it('reads a short line ending "via <source>" as a caption', () => {
    expect(lineRole("16-inch MacBook Pro's new scissor switch keyboard via iFixit")).toBe(
      'caption',
    );
    expect(lineRole('The protest outside the court via Getty Images')).toBe('caption');
  });

  it('leaves a sentence that ends with "via" and a name', () => {
    expect(lineRole('He announced the news via Twitter.')).toBe('paragraph');
  });
});

describe('datelines before a colon', () => {
  it('splits "Place, Region, Country:" from the story', () => {
    expect(
      splitDateline(
        'Washington, DC, United States: Getting to the Moon, while not easy, has been done.',
      ),
    ).toEqual({
      place: 'Washington, DC, United States',
      rest: 'Getting to the Moon, while not easy, has been done.',
    });
  });

  it('leaves a label or a list of names before a colon', () => {
    expect(splitDateline('Summary: The team won the state title on Friday.')).toBeNull();
    expect(splitDateline('Barcelona: Figo, Stoichkov, Ronaldo and Nadal played.')).toBeNull();
  });
});

describe('hover cards that open with the full name', () => {
  const line =
    "South Dakota Gov. Kristi NoemKristi Lynn NoemSouth Dakota governor doubles down on 'meth' " +
    'campaign New South Dakota law goes into effect MORE (R) is defending the campaign launched ' +
    'by the state last week.';

  it('cuts the card from the summary and the names', () => {
    const a = analyzeText(`${line}\nThe slogan drew ridicule on Twitter on Monday from critics.`);
    expect(a.summary.join(' ')).not.toMatch(/NoemKristi|MORE/);
    expect(a.entities.people.map((p) => p.name)).toContain('Kristi Noem');
  });

  it('leaves a name repeated with a space ("Noem. Kristi Noem said")', () => {
    const a = analyzeText('The law passed. Kristi Noem signed it, and Kristi Noem said so twice.');
    expect(a.entities.people.map((p) => p.name)).toContain('Kristi Noem');
  });
});

describe('datelines in mixed case', () => {
  it('splits a place the lists know, or one before a state ("Indianapolis –", "Dekalb, Ill. —")', () => {
    expect(
      splitDateline('Indianapolis – Several thousand teachers surrounded the Statehouse.')?.place,
    ).toBe('Indianapolis');
    expect(splitDateline('Dekalb, Ill. — Mike Glass threw for three touchdowns.')?.place).toBe(
      'Dekalb, Ill.',
    );
  });

  it('leaves a person or an aside before a dash', () => {
    expect(splitDateline('Biden — Americans want change, he said on Monday.')).toBeNull();
    expect(splitDateline('Madrid — the capital — was quiet on Sunday.')).toBeNull();
  });
});

describe('writers and their agency', () => {
  it('reads "Meg Kinnard and Errin Haines, Associated Press" as a credit', () => {
    expect(lineRole('Meg Kinnard and Errin Haines, Associated Press')).toBe('credit');
  });

  it('leaves a sentence that cites the agency', () => {
    expect(lineRole('Biden won the primary, Associated Press reported.')).toBe('paragraph');
  });
});
