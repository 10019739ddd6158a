import type { Entity } from './types';
import type { Sentence } from './sentences';

const MONTH =
  '(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';
const DAY = '\\d{1,2}(?:st|nd|rd|th)?(?:\\s*[–-]\\s*\\d{1,2}(?:st|nd|rd|th)?)?';

// "October 21–22", "Oct. 21, 2023", "21 October 2023", "March 2022", and a year after "in"/"since".
const DATE = new RegExp(
  `\\b(?:${MONTH}\\s+${DAY}(?:,?\\s+\\d{4})?|${DAY}\\s+${MONTH}(?:\\s+\\d{4})?|${MONTH}\\s+\\d{4})\\b|` +
    `(?<=\\b(?:in|since|until|by|from|of|during|before|after)\\s)(?:1[89]|20)\\d{2}\\b`,
  'g',
);

// "$1.2 million", "€40bn", "2 percent", "300,000 troops": an amount with a currency or a unit. A number
// starts only where no digit, comma or point comes before it: otherwise "1,1,1,…" is rescanned from
// every digit (quadratic: 80,000 characters took 7.4 s).
const NUM_START = '(?<![\\d,.])\\b';
const FIGURE = new RegExp(
  [
    '[$€£¥]\\s?\\d[\\d,.]*(?:\\s?(?:million|billion|trillion|bn|m|k))?',
    `${NUM_START}\\d[\\d,.]*\\s?(?:%|percent|per cent)`,
    `${NUM_START}\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?(?:\\s(?:million|billion))?(?:\\s[a-z]+)?`,
    `${NUM_START}\\d+(?:\\.\\d+)?\\s(?:million|billion|trillion)(?:\\s[a-z]+)?`,
  ].join('|'),
  'g',
);

// Words after a number that are not what it counts.
const NOT_UNITS = new Set(
  'and or the a an to of in on at by for with from as is are was were that which who'.split(' '),
);

function collect(sentences: Sentence[], pattern: RegExp, clean: (s: string) => string): Entity[] {
  const counts = new Map<string, { count: number; first: number }>();
  for (const s of sentences) {
    for (const m of s.text.matchAll(pattern)) {
      const value = clean(m[0]);
      if (!value) continue;
      const entry = counts.get(value) ?? { count: 0, first: s.index };
      entry.count++;
      counts.set(value, entry);
    }
  }
  return [...counts.entries()]
    .sort((a, b) => b[1].count - a[1].count || a[1].first - b[1].first)
    .map(([name, e]) => ({ name, mentions: e.count, aliases: [] }));
}

/** Dates the text mentions ("October 21–22", "2014"), most repeated first, then in reading order. */
export function findDates(sentences: Sentence[]): Entity[] {
  return collect(sentences, DATE, (s) => s.replace(/\s+/g, ' ').trim());
}

/** Figures with their unit or currency ("2 percent", "300,000 troops", "$1.2 million"). */
export function findFigures(sentences: Sentence[]): Entity[] {
  return collect(sentences, FIGURE, (s) => {
    // A real figure is short; a long match is a run of digits and commas, not an amount.
    if (s.length > 40) return '';
    const words = s.replace(/\s+/g, ' ').trim().split(' ');
    if (NOT_UNITS.has(words[words.length - 1] ?? '')) words.pop();
    return words.join(' ');
  });
}
