import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../../utils/nlp';
import type { Entity } from '../../../utils/nlp';
import { fixtureText } from '../../../bench/nlp-lib/fixture-text';

const has = (list: Entity[], name: string): boolean =>
  list.some((e) => e.name === name || e.aliases.includes(name));

// Words of the sponsored block and hashtag wall that follow the story on the page.
const JUNK =
  /SEO|CRM|Google|YouTube|Facebook|Instagram|LinkedIn|WhatsApp|Dayspring|Ads?\b|App|Web|Android|UI|UX|API|ROI|SMS|CMS|B2B|#|Internatioanl/;

describe('fixture article (nato-visit)', () => {
  const fixture = fixtureText();
  const { entities, summary } = analyzeText(fixture.text, { title: fixture.title });

  it('finds the people, with Stoltenberg under one entry', () => {
    for (const name of ['Jens Stoltenberg', 'Antony Blinken', 'Lloyd Austin']) {
      expect(has(entities.people, name), name).toBe(true);
    }
    expect(has(entities.people, 'Biden') || has(entities.people, 'Joe Biden')).toBe(true);
    const stoltenberg = entities.people.filter((e) => /Stoltenberg/.test(e.name));
    expect(stoltenberg).toHaveLength(1);
    expect(stoltenberg[0]?.mentions).toBeGreaterThanOrEqual(15);
    expect(entities.people[0]?.name).toBe('Jens Stoltenberg');
  });

  it('finds the organizations and places', () => {
    for (const name of ['NATO', 'Pentagon', 'White House', 'Congress', 'European Union']) {
      expect(has(entities.organizations, name), name).toBe(true);
    }
    for (const name of [
      'Washington',
      'Ukraine',
      'Russia',
      'China',
      'Finland',
      'Sweden',
      'Kyiv',
      'Poland',
    ]) {
      expect(has(entities.places, name), name).toBe(true);
    }
    expect(entities.organizations[0]?.aliases).toContain('NATO');
    expect(entities.organizations[0]?.label).toBe('NATO');
  });

  it('has no junk at all on the cleaned text', () => {
    const all = [...entities.people, ...entities.organizations, ...entities.places];
    for (const e of all) expect(e.name).not.toMatch(JUNK);
    // Nor titles or everyday words as names.
    const names = all.map((e) => e.name);
    expect(names).not.toContain('Secretary-General');
    expect(names).not.toContain('Lawmakers');
    expect(names).not.toContain('Article');
  });

  it('ranks the sponsored block and hashtags below every real entity when they are still in the text', () => {
    expect(fixture.raw).toMatch(/Sponsored Ads/);
    expect(fixture.raw).toMatch(/#NATO/);
    const raw = analyzeText(fixture.raw, { title: fixture.title }).entities;
    const expected: [Entity[], string[]][] = [
      [raw.people, ['Jens Stoltenberg', 'Antony Blinken', 'Lloyd Austin', 'Biden']],
      [raw.organizations, ['NATO', 'Pentagon', 'White House', 'Congress', 'European Union']],
      [raw.places, ['Washington', 'Ukraine', 'Russia', 'China', 'Kyiv', 'Poland']],
    ];
    for (const [list, names] of expected) {
      const lastReal = Math.max(
        ...names.map((n) => list.findIndex((e) => e.name === n || e.aliases.includes(n))),
      );
      const firstJunk = list.findIndex((e) => JUNK.test(e.name));
      expect(names.every((n) => has(list, n))).toBe(true);
      if (firstJunk >= 0) expect(firstJunk).toBeGreaterThan(lastReal);
    }
  });

  it('summarizes in three sentences of the story, in order', () => {
    expect(summary).toHaveLength(3);
    let last = -1;
    for (const s of summary) {
      const at = fixture.text.indexOf(s);
      expect(at).toBeGreaterThan(last);
      last = at;
    }
    expect(summary.join(' ')).toMatch(/Stoltenberg/);
    for (const s of summary) expect(s).not.toMatch(JUNK);
  });
});
