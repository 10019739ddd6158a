import { describe, expect, it } from 'vitest';
import { lineRole, splitDateline, storyLines, stripSitePrefix } from '../../../utils/nlp/furniture';
import { analyzeArticle } from '../../../utils/nlp';
import type { TextBlock } from '../../../utils/extract/types';

describe('lineRole', () => {
  it('reads captions, credits, player and promotion text from the words of a line', () => {
    const cases: Array<[string, string]> = [
      ['Media playback is unsupported on your device', 'embed'],
      ['Your browser does not support the video tag.', 'embed'],
      ['— Arvind Kejriwal (@ArvindKejriwal) November 1, 2019', 'embed'],
      ['Like this story? Share it with a friend!', 'embed'],
      ['Related: Salesforce keynote, AI and protesters', 'embed'],
      ['https://bit.ly/2Xyz9', 'embed'],
      ['bit.ly/2Xyz9', 'embed'],
      ['Photo: Damian Dovarganes, AP', 'credit'],
      ['Image copyright Getty Images', 'credit'],
      ['Credit...Anna Moneymaker/The New York Times', 'credit'],
      ['(Image credit: Blue Origin)', 'credit'],
      ['© Reuters', 'credit'],
      ['Written by Jane Doe', 'credit'],
      ['(Reporting by Will Dunham; Editing by Tom Brown)', 'credit'],
      ['Natalie Naccache | Bloomberg | Getty Images', 'credit'],
      ['Sakib Ali/Hindustan Times/Getty Images', 'credit'],
      ['Nov. 20, 2019Updated: Nov. 20, 2019 1:35 a.m.', 'credit'],
      [
        'FILE PHOTO: Traders work on the floor at the New York Stock Exchange. REUTERS/Brendan McDermid',
        'caption',
      ],
      [
        'Image caption Eva-Marie Persson said the decision had been taken after interviews',
        'caption',
      ],
      [
        'Vicente Aguiar loads garage door trims into his truck. (AP Photo/Alan Diaz, File)',
        'caption',
      ],
      ['Roughly 13,000 US troops remain in Afghanistan [File: Reuters]', 'caption'],
      ['1of4Grass Valley residents look at extension cords at a hardware store.', 'caption'],
      ['Oil prices fell sharply on Tuesday on oversupply concerns.', 'paragraph'],
      ['Reuters reported that the talks had stalled, citing two sources.', 'paragraph'],
    ];
    for (const [line, role] of cases) expect([line, lineRole(line)]).toEqual([line, role]);
  });

  it('reads a reference list’s citations as credits, not story', () => {
    expect(
      lineRole(
        'King, Michael (2003). The Penguin History of New Zealand. Penguin Books. ISBN 978-0-14-301867-4.',
        'list',
      ),
    ).toBe('credit');
    expect(lineRole('"Population clock". Stats NZ. Retrieved 4 May 2020.', 'list')).toBe('credit');
    expect(lineRole('Smith, J. "Tides". Nature. 12 (3): 45. doi:10.1038/nature123.', 'list')).toBe(
      'credit',
    );
    // A story sentence about looking things up stays the story's.
    expect(lineRole('The documents were retrieved from the archive on Monday.')).toBe('paragraph');
  });

  it('keeps a role the markup gave to page furniture', () => {
    expect(lineRole('Hori Parata at his farm', 'caption')).toBe('caption');
    expect(lineRole('A heading about the story', 'heading')).toBe('heading');
  });
});

describe('datelines', () => {
  it('splits the place and source from the story', () => {
    expect(splitDateline('NEW YORK (Reuters) - Oil prices fell sharply on Tuesday.')).toEqual({
      place: 'NEW YORK',
      rest: 'Oil prices fell sharply on Tuesday.',
    });
    expect(splitDateline('AUSTIN (KXAN) — A new law takes effect on Friday.')?.rest).toBe(
      'A new law takes effect on Friday.',
    );
    expect(splitDateline('VATICAN CITY— Pope Francis has approved the text.')).toEqual({
      place: 'VATICAN CITY',
      rest: 'Pope Francis has approved the text.',
    });
    expect(splitDateline('BUFFALO, N.Y. — Hours before the game, the coach spoke.')?.place).toBe(
      'BUFFALO, N.Y.',
    );
    expect(
      splitDateline('(Reuters) — The New York State Attorney General is investigating.'),
    ).toEqual({ place: '', rest: 'The New York State Attorney General is investigating.' });
    expect(
      splitDateline('Hong Kong (CNN Business)A muddled view of trade talks weighs on stocks.')
        ?.rest,
    ).toBe('A muddled view of trade talks weighs on stocks.');
  });

  it('leaves ordinary sentences alone', () => {
    expect(splitDateline('U.S. - China talks resumed on Monday in Beijing.')).toBeNull();
    expect(splitDateline('Madrid — the capital — was quiet on Sunday.')).toBeNull();
  });

  it("drops a site's own name before the first line", () => {
    expect(stripSitePrefix('PanARMENIAN.Net - Verified video footage shows the protests.')).toBe(
      'Verified video footage shows the protests.',
    );
  });
});

describe('storyLines', () => {
  it('takes a line repeated inside a paragraph for a pull quote, and the byline for a credit', () => {
    const quote = 'Since 2008, there has not been a single year of revenue gain in the industry.';
    const blocks: TextBlock[] = [
      {
        role: 'paragraph',
        text: 'The merger became final on Tuesday, the companies said in a statement.',
      },
      { role: 'paragraph', text: quote },
      {
        role: 'paragraph',
        text: `“${quote}” says veteran industry analyst Ken Doctor, who follows the business.`,
      },
      { role: 'paragraph', text: 'By Michael Hiltzik' },
    ];
    expect(storyLines(blocks, 'Michael Hiltzik').map((l) => l.role)).toEqual([
      'paragraph',
      'quote',
      'paragraph',
      'credit',
    ]);
  });
});

describe('analyzeArticle reads the story, not the furniture', () => {
  const blocks: TextBlock[] = [
    {
      role: 'caption',
      text: 'FILE PHOTO: Traders work on the floor of the exchange. REUTERS/Brendan McDermid',
    },
    {
      role: 'paragraph',
      text: 'NEW YORK (Reuters) - Oil prices fell sharply on Tuesday after sources told Reuters that Russia would not cut output.',
    },
    { role: 'credit', text: 'Photo: Jane Smith, AFP' },
    {
      role: 'paragraph',
      text: 'U.S. President Donald Trump said he would raise tariffs on Chinese imports if no deal is reached with Beijing.',
    },
    { role: 'embed', text: 'Media playback is unsupported on your device' },
    {
      role: 'paragraph',
      text: 'Commerzbank analyst Carsten Fritsch said Russia had also failed to fulfil its agreed cuts in November.',
    },
    {
      role: 'paragraph',
      text: 'Trump has said a deal is close, and the next round of tariffs is due in mid-December.',
    },
  ];

  it('never summarizes captions, credits or player text, and strips the dateline', () => {
    const a = analyzeArticle({ title: 'Oil falls on oversupply worries', blocks, lang: 'en' });
    expect(a.summary[0]).toBe(
      'Oil prices fell sharply on Tuesday after sources told Reuters that Russia would not cut output.',
    );
    for (const s of a.summary)
      expect(s).not.toMatch(/FILE PHOTO|Photo:|Media playback|\(Reuters\)/);
  });

  it('takes no entity from captions or credits, nor the agency cited as a source or the publisher', () => {
    const a = analyzeArticle({
      title: 'Oil falls on oversupply worries',
      blocks,
      lang: 'en',
      siteName: 'Commerzbank',
    });
    const all = [...a.entities.people, ...a.entities.organizations, ...a.entities.places].map(
      (e) => e.name,
    );
    expect(all).toEqual(expect.arrayContaining(['Donald Trump', 'Russia', 'Carsten Fritsch']));
    for (const junk of ['Brendan McDermid', 'Jane Smith', 'AFP', 'Reuters', 'Commerzbank'])
      expect(all).not.toContain(junk);
  });

  it('lists entities by salience with a score that agrees with the order', () => {
    const a = analyzeArticle({ title: 'Oil falls on oversupply worries', blocks, lang: 'en' });
    for (const list of [a.entities.people, a.entities.organizations, a.entities.places]) {
      const scores = list.map((e) => e.score ?? 0);
      expect(scores).toEqual([...scores].sort((x, y) => y - x));
      for (const s of scores) expect(s).toBeGreaterThanOrEqual(1);
    }
    const top = [...a.entities.people, ...a.entities.organizations, ...a.entities.places].map(
      (e) => e.score,
    );
    expect(Math.max(...(top as number[]))).toBe(100);
    expect(a.language).toBe('en');
    expect(a.entitiesSupported).toBe(true);
  });
});

describe('analyzeArticle reads a table row cell by cell', () => {
  const story: TextBlock[] = [
    {
      role: 'paragraph',
      text: 'New Zealand counted its people again this year, and Auckland grew fastest of its cities.',
    },
    {
      role: 'paragraph',
      text: 'Wellington, the capital, grew more slowly than Auckland and Christchurch did.',
    },
  ];
  const row = (cells: string[]): TextBlock => ({ role: 'table', text: cells.join(' '), cells });
  const table = [
    row(['Auckland', 'Auckland', '1,656,200']),
    row(['Wellington', 'Wellington', '215,400']),
    row(['Christchurch', 'Canterbury', '389,300']),
    row(['Hamilton', 'Waikato', '185,300']),
  ];

  it('never joins two cells into one name (a city and its region)', () => {
    const a = analyzeArticle({
      title: 'New Zealand census',
      blocks: [...story, ...table],
      lang: 'en',
    });
    const all = [...a.entities.people, ...a.entities.organizations, ...a.entities.places];
    const names = all.flatMap((e) => [e.name, ...(e.aliases ?? [])]);
    for (const joined of ['Auckland Auckland', 'Wellington Wellington', 'Christchurch Canterbury'])
      expect(names).not.toContain(joined);
    expect(a.entities.places.map((e) => e.name)).toEqual(
      expect.arrayContaining(['Auckland', 'Wellington', 'Christchurch']),
    );
  });
});
