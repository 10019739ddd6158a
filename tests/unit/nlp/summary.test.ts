import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../../utils/nlp';

const story = [
  'Storm Ada closed every school in the northern province on Monday, officials said.',
  'More than two hundred thousand homes lost power as winds reached one hundred and forty kilometres an hour.',
  'The storm is expected to move east on Tuesday, bringing heavy rain to the coast.',
  'Emergency crews worked through the night to clear fallen trees from the main roads.',
  'Some residents said they had never seen winds like it in their lives.',
  'The regional government set up shelters in twelve towns for people whose homes were damaged.',
  'Power companies said most homes should have electricity again by Wednesday evening.',
  'Schools will reopen once inspectors have checked every building for storm damage.',
].join('\n');

describe('summary', () => {
  it('has three sentences by default, taken from the text, in article order', () => {
    const { summary } = analyzeText(story);
    expect(summary).toHaveLength(3);
    const lines = story.split('\n');
    const positions = summary.map((s) => lines.indexOf(s));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    expect(summary[0]).toBe(lines[0]);
  });

  it('honours summarySentences within 3–5', () => {
    expect(analyzeText(story, { summarySentences: 5 }).summary).toHaveLength(5);
    expect(analyzeText(story, { summarySentences: 9 }).summary).toHaveLength(5);
    expect(analyzeText(story, { summarySentences: 1 }).summary).toHaveLength(3);
  });

  it('skips headings and bylines, and does not repeat itself', () => {
    const text = `Storm news\nBy Jane Smith\n${story}\n${story.split('\n')[1]}`;
    const { summary } = analyzeText(text, { summarySentences: 4 });
    expect(summary).not.toContain('Storm news');
    expect(summary).not.toContain('By Jane Smith');
    expect(new Set(summary).size).toBe(summary.length);
  });

  it('works on lower-cased text without capitalization cues', () => {
    const lower = story.toLowerCase().replace(/\n/g, ' ');
    const { summary } = analyzeText(lower);
    expect(summary).toHaveLength(3);
    expect(summary[0]).toBe(story.split('\n')[0]?.toLowerCase());
  });

  it('returns what there is for a very short text', () => {
    expect(analyzeText('One short sentence here with six words.').summary).toEqual([
      'One short sentence here with six words.',
    ]);
    expect(analyzeText('').summary).toEqual([]);
  });
});
