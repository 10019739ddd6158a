/**
 * Typing rules of the entity finder, each with a case it decides and a case it must leave alone.
 */
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../../utils/nlp';
import type { Entities } from '../../../utils/nlp';

type KindList = keyof Entities;
const kindOf = (entities: Entities, name: string): KindList | undefined =>
  (Object.keys(entities) as KindList[]).find((k) =>
    entities[k].some((e) => e.name === name || e.aliases.includes(name)),
  );
const kinds = (text: string, title?: string): Entities =>
  analyzeText(text, title ? { title } : {}).entities;

describe('context nouns', () => {
  it('types a name after a body noun as a body ("the lender Santander")', () => {
    expect(kindOf(kinds('The bid came from the lender Santander.'), 'Santander')).toBe(
      'organizations',
    );
    expect(kindOf(kinds('The bid came from Santander.'), 'Santander')).toBe('places');
  });

  it('leaves a person after a body noun a person ("a company Tim Cook runs")', () => {
    const e = kinds('Apple is a company Tim Cook runs from Cupertino.');
    expect(kindOf(e, 'Tim Cook')).toBe('people');
  });
});

describe('titles before bodies', () => {
  it('does not make a person of a body after a title ("Founder Netscape Communications Corporation")', () => {
    const e = kinds('Founder Netscape Communications Corporation released the code in 1998.');
    expect(kindOf(e, 'Netscape Communications Corporation')).toBe('organizations');
  });

  it('still makes a person of a name after a title ("Founder Jim Clark")', () => {
    const e = kinds('Founder Jim Clark released the code in 1998.');
    expect(kindOf(e, 'Jim Clark')).toBe('people');
  });
});

describe('lists', () => {
  it('types a weak name by the names listed with it', () => {
    const e = kinds(
      'NASA gave orders to Astrobotic, Intuitive Machines and Lockheed Martin for lunar landers.',
    );
    expect(kindOf(e, 'Astrobotic')).toBe('organizations');
  });

  it('does not retype a name with clear evidence of its own', () => {
    const e = kinds('Siemens, France and Germany signed the deal in Paris.');
    expect(kindOf(e, 'Siemens')).toBe('organizations');
    expect(kindOf(e, 'France')).toBe('places');
  });

  it('types the names after a class noun ("countries such as Chad")', () => {
    const e = kinds('Aid went to countries such as Chad and Niger last year.');
    expect(kindOf(e, 'Chad')).toBe('places');
    const f = kinds('The money went to companies such as Netscape, who sold browsers.');
    expect(kindOf(f, 'Netscape')).toBe('organizations');
  });

  it('leaves a name without a class noun to its own evidence ("such as Chad Smith")', () => {
    const e = kinds('Players such as Chad Smith said the season was long.');
    expect(kindOf(e, 'Chad Smith')).toBe('people');
  });
});

describe('weak single words', () => {
  it('drops a capitalized word seen once with nothing to make it a name', () => {
    const e = kinds('The Zorblatt feature shipped last week to every user in the company.');
    expect(kindOf(e, 'Zorblatt')).toBeUndefined();
  });

  it('keeps such a word when the text uses it again or something marks it', () => {
    const again = kinds('Zorblatt shipped a feature last week. Users of Zorblatt liked it.');
    expect(kindOf(again, 'Zorblatt')).toBe('organizations');
    const marked = kinds('The feature shipped last week, said Zorblatt, a designer.');
    expect(kindOf(marked, 'Zorblatt')).toBe('people');
  });

  it('types a body written as one compound word ("Commerzbank", "Schlosspark-Klinik")', () => {
    const e = kinds('The loan came from Commerzbank. She was treated at the Schlosspark-Klinik.');
    expect(kindOf(e, 'Commerzbank')).toBe('organizations');
    expect(kindOf(e, 'Schlosspark-Klinik')).toBe('organizations');
  });

  it('leaves a short word ending in "bank" to its context ("said Fairbank")', () => {
    const e = kinds('The plan would cost more, said Fairbank on Monday.');
    expect(kindOf(e, 'Fairbank')).toBe('people');
  });
});
