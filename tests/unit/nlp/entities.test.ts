import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../../utils/nlp';
import type { Entity } from '../../../utils/nlp';
import { canonicalName } from '../../../utils/nlp/entities/ranking';

const names = (list: Entity[]): string[] => list.map((e) => e.name);
const find = (list: Entity[], name: string): Entity | undefined =>
  list.find((e) => e.name === name || e.aliases.includes(name));

describe('people', () => {
  it('strips titles and merges a surname into the full name', () => {
    const { people } = analyzeText(
      [
        'Secretary of State Antony Blinken met Defense Secretary Lloyd Austin in Washington on Tuesday.',
        'Blinken said the talks were useful, and Austin agreed with him.',
        'President Biden spoke later. Biden thanked both men.',
      ].join('\n'),
    ).entities;
    expect(names(people)).toEqual(
      expect.arrayContaining(['Antony Blinken', 'Lloyd Austin', 'Biden']),
    );
    expect(find(people, 'Antony Blinken')).toMatchObject({ mentions: 2, aliases: ['Blinken'] });
    expect(find(people, 'Lloyd Austin')?.mentions).toBe(2);
    expect(find(people, 'Biden')?.mentions).toBe(2);
    for (const e of people) expect(e.name).not.toMatch(/Secretary|President|State|Defense/);
  });

  it('splits an organization off a title and a name ("NATO Secretary-General Jens Stoltenberg")', () => {
    const { people, organizations } = analyzeText(
      'NATO Secretary-General Jens Stoltenberg visited Kyiv. Stoltenberg praised the troops there.',
    ).entities;
    expect(find(people, 'Jens Stoltenberg')).toMatchObject({
      mentions: 2,
      aliases: ['Stoltenberg'],
    });
    expect(names(organizations)).toContain('NATO');
  });

  it('merges a first name used alone into the one person who bears it', () => {
    const { people } = analyzeText(
      'Taylor Swift sold the rights to her songs. Later, Taylor said she was hurt by the sale.',
    ).entities;
    expect(find(people, 'Taylor Swift')).toMatchObject({ mentions: 2, aliases: ['Taylor'] });
  });

  it('merges a surname past "Jr." and a family name that comes first', () => {
    const { people } = analyzeText(
      'Patrick W. Carlineo Jr. pleaded guilty on Monday. Carlineo said he was sorry. ' +
        'In Beijing, Xi Jinping met the envoy. Xi said nothing about the talks.',
    ).entities;
    expect(find(people, 'Patrick W. Carlineo Jr.')?.aliases).toEqual(['Carlineo']);
    expect(find(people, 'Xi Jinping')?.aliases).toEqual(['Xi']);
  });

  it('keeps names that open a sentence', () => {
    const { people } = analyzeText(
      'Jacinda Ardern called the election early. Ardern said voters deserved a choice.',
    ).entities;
    expect(find(people, 'Jacinda Ardern')?.mentions).toBe(2);
  });

  it('handles diacritics and hyphenated names, with or without the accents', () => {
    const { people } = analyzeText(
      'The report was written by Małgorzata Wróblewska-Kuś of the Warsaw institute. ' +
        'Wróblewska-Kuś said the data was clear, and Wroblewska-Kus later repeated it.',
    ).entities;
    const e = find(people, 'Małgorzata Wróblewska-Kuś');
    expect(e?.mentions).toBe(3);
    expect(e?.aliases).toEqual(expect.arrayContaining(['Wróblewska-Kuś', 'Wroblewska-Kus']));
  });
});

describe('organizations and places', () => {
  it('joins a company to its full name with a corporate suffix ("Disney" = "Walt Disney Co.")', () => {
    const { organizations } = analyzeText(
      [
        'Walt Disney Co. executive Kevin Mayer said demand overwhelmed the new service.',
        'Disney said the glitch was fixed by Friday, and Disney shares rose.',
      ].join('\n'),
    ).entities;
    const disney = organizations.filter((o) => /Disney/.test(o.name));
    expect(disney).toHaveLength(1);
    expect(disney[0]?.mentions).toBe(3);
  });

  it('an acronym joined to its place is no short form of a longer name ("NZ", "Recorded Music NZ")', () => {
    const { places } = analyzeText(
      [
        'New Zealand is an island country in the Pacific Ocean. New Zealand has five million people.',
        'The New Zealand Music Awards are held annually by Recorded Music NZ; the first were in 1965.',
        'Tourism in NZ grew quickly, and the New Zealand economy grew with it.',
      ].join('\n'),
    ).entities;
    // Named without the "the" of "the New Zealand economy".
    expect(places[0]).toMatchObject({ name: 'New Zealand' });
    expect(places[0]?.aliases).toContain('NZ');
    expect(places[0]?.aliases).not.toContain('Recorded Music NZ');
  });

  it('names an entity by its longest form, a lower-case "the" not counted', () => {
    expect(canonicalName(['New Zealand', 'the New Zealand', 'NZ'])).toBe('New Zealand');
    expect(canonicalName(['Stoltenberg', 'Jens Stoltenberg'])).toBe('Jens Stoltenberg');
    expect(canonicalName(['Guardian', 'The Guardian'])).toBe('The Guardian');
  });

  it('keeps a place apart from a company whose name ends with it ("Bank of America Corp.")', () => {
    const { organizations, places } = analyzeText(
      [
        'Bank of America Corp. raised its forecast on Monday.',
        'Shoppers across America spent more than expected, the bank said.',
      ].join('\n'),
    ).entities;
    expect(find(places, 'America')).toBeDefined();
    expect(find(organizations, 'America')).toBeUndefined();
  });

  it('matches acronyms to their expansion', () => {
    const { organizations, places } = analyzeText(
      'The North Atlantic Treaty Organization met in Brussels. NATO leaders agreed to spend more. ' +
        'The United States backed the plan, and U.S. officials praised it.',
    ).entities;
    expect(find(organizations, 'NATO')).toMatchObject({
      name: 'North Atlantic Treaty Organization',
      mentions: 2,
    });
    expect(find(places, 'U.S.')).toMatchObject({ name: 'United States', mentions: 2 });
    // Used as often as its expansion: the full name is also the label.
    expect(find(organizations, 'NATO')?.label).toBeUndefined();
    expect(names(places)).toContain('Brussels');
  });

  it('labels an organization by the acronym the text mostly uses', () => {
    const { organizations } = analyzeText(
      'The North Atlantic Treaty Organization met in Brussels. NATO leaders agreed to spend more. ' +
        'NATO allies welcomed it, and NATO officials said so.',
    ).entities;
    expect(find(organizations, 'NATO')).toMatchObject({
      name: 'North Atlantic Treaty Organization',
      label: 'NATO',
      mentions: 4,
    });
  });

  it('types bodies by their head word and places by the gazetteer', () => {
    const { organizations, places } = analyzeText(
      'Officials at the Ministry of Defence and Acme Holdings Inc said exports to Finland and Sweden rose, ' +
        'while the Labour Party in Scotland objected.',
    ).entities;
    expect(names(organizations)).toEqual(
      expect.arrayContaining(['Ministry of Defence', 'Acme Holdings Inc', 'Labour Party']),
    );
    expect(names(places)).toEqual(expect.arrayContaining(['Finland', 'Sweden', 'Scotland']));
  });
});

describe('non-entities', () => {
  it('drops sentence openers, plural nouns, months, demonyms and everyday capitalized words', () => {
    const { people, organizations, places } = analyzeText(
      [
        'The partnership was signed in October by Angela Merkel.',
        'Lawmakers welcomed it. Sources said the Cold War was over.',
        'German and French officials met on Monday under Article 5.',
      ].join('\n'),
    ).entities;
    const all = [...people, ...organizations, ...places].map((e) => e.name);
    expect(all).toEqual(['Angela Merkel']);
  });

  it('takes no currency code or unit for a name ("Rs 1,200 crore", "a 96W USB-C charger")', () => {
    const { people, organizations, places } = analyzeText(
      [
        'Tata Steel posted a profit of Rs 1,200 crore in Mumbai, and raised USD 40 million.',
        'The laptop ships with a 96W USB-C charger, Wi-Fi 6 and a 60dBA fan, Apple said.',
      ].join('\n'),
    ).entities;
    const all = [...people, ...organizations, ...places].map((e) => e.name);
    expect(all.sort()).toEqual(['Apple', 'Mumbai', 'Tata Steel']);
  });

  it('reads a C-suite title after a name as a title, not as part of a name or a body', () => {
    const { people, organizations } = analyzeText(
      'Acme appointed Jane Doe Chief Financial Officer on Monday. As Chief Financial Officer, ' +
        'Doe will report to Bob Smith. The company also named Mark Lee Chief Technology Officer of Acme Corp.',
    ).entities;
    expect(people.map((e) => e.name)).toEqual(
      expect.arrayContaining(['Jane Doe', 'Bob Smith', 'Mark Lee']),
    );
    for (const e of organizations) expect(e.name).not.toMatch(/Officer/);
  });

  it('ignores hashtags and glued web handles', () => {
    const { people, organizations, places } = analyzeText(
      'Officials met in Kyiv and Poland.\n#NATO #JensStoltenberg #WashingtonDC #TheDayspring',
    ).entities;
    const all = [...people, ...organizations, ...places].map((e) => e.name);
    expect(all.sort()).toEqual(['Kyiv', 'Poland']);
  });

  it('reads results tables: teams by their scores, competitors by their country, the dateline as a place', () => {
    const { people, organizations, places } = analyzeText(
      [
        'SOCCER - DUTCH FIRST DIVISION RESULTS .',
        'AMSTERDAM 1996-12-07',
        'Results of Dutch first division matches played on Saturday :',
        'Ajax Amsterdam 2 Feyenoord 1',
        'Utrecht 0 Vitesse Arnhem 3',
        'Feyenoord 12 8 2 2 20 10 26',
        '1. Takanobu Okabe ( Japan ) 303.4 points',
        '2. Andreas Goldberger ( Austria ) 274.4',
        'Goldberger leads the standings .',
      ].join('\n'),
    ).entities;
    expect(names(organizations).sort()).toEqual(
      ['Ajax Amsterdam', 'Feyenoord', 'Utrecht', 'Vitesse Arnhem'].sort(),
    );
    expect(names(places).sort()).toEqual(['Amsterdam', 'Austria', 'Japan']);
    expect(names(people).sort()).toEqual(['Andreas Goldberger', 'Takanobu Okabe']);
    expect(find(people, 'Goldberger')?.mentions).toBe(2);
  });

  it('reads an ALL-CAPS headline through the names the story uses', () => {
    const { places, people, organizations } = analyzeText(
      [
        'SOCCER - JAPAN GET LUCKY WIN , CHINA IN SURPRISE DEFEAT .',
        'Japan began the defence of their title with a lucky win against Syria on Friday.',
      ].join('\n'),
    ).entities;
    expect(names(places).sort()).toEqual(['China', 'Japan', 'Syria']);
    expect([...people, ...organizations]).toEqual([]);
  });

  it('finds nothing in a language it does not read, and says so, rather than noise', () => {
    const analysis = analyzeText(
      'Fotbalisté West Hamu porazili v sobotu Chelsea a trenér David Moyes byl po zápase spokojený. ' +
        'Tomáš Souček odehrál celé utkání a fanoušci ho po závěrečném hvizdu dlouho oslavovali. ' +
        'Klub tak v tabulce Premier League poskočil na šesté místo a příští týden hraje v Liverpoolu.',
    );
    const { people, organizations, places } = analysis.entities;
    expect([...people, ...organizations, ...places]).toEqual([]);
    expect(analysis.language).toBe('cs');
    expect(analysis.entitiesSupported).toBe(false);
  });

  it('does not take contractions or shouted words for names', () => {
    const { people, organizations, places } = analyzeText(
      'We’ve seen it before. They’ll VOTE in March, and GREAT news came from MADRID on Monday.',
    ).entities;
    expect([...people, ...organizations].map((e) => e.name)).toEqual([]);
    expect(places.map((e) => e.name)).toEqual(['Madrid']);
  });
});
