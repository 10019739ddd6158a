// @vitest-environment jsdom
/**
 * The rule runner: limits and phrases are data, checked and compiled once; every rule has its
 * tests (a page to clean and one to leave alone) in rules.test.ts.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  BODY_RULES,
  HEAD_RULES,
  TAIL_RULES,
  applyRules,
  defineRule,
} from '../../../../utils/extract/rules';
import { compilePhrases, guessLangs, pageLangs } from '../../../../utils/extract/rules/phrases';
import { storyIn } from '../helpers';

function fragment(html: string): Element {
  const div = document.createElement('div');
  div.innerHTML = html; // test fixture only: the sanitizer is not under test here
  return div;
}

describe('rule runner', () => {
  it('has a test block for every rule, in rules.test.ts', () => {
    const tests = readFileSync(join(__dirname, '../rules.test.ts'), 'utf8');
    const names = new Set([...BODY_RULES, ...TAIL_RULES, ...HEAD_RULES].map((r) => r.name));
    const missing = [...names].filter(
      (n) =>
        !tests.includes(`describe('${n}`) && !new RegExp(`describe\\('[^']*\\b${n}\\b`).test(tests),
    );
    expect(missing).toEqual([]);
  });

  it('never shows a rule an element beyond its declared limits', () => {
    const seen: number[] = [];
    const rule = defineRule({
      name: 'probe',
      limits: { maxWords: 5 },
      match(el) {
        seen.push((el.textContent ?? '').trim().split(/\s+/).length);
        return null;
      },
    });
    applyRules(fragment(`<p>one two three</p><p>${'word '.repeat(40)}</p><div><p>a b</p></div>`), {
      body: [rule],
      tail: [],
      head: [],
    });
    expect(seen.length).toBeGreaterThan(0);
    expect(Math.max(...seen)).toBeLessThanOrEqual(5);
  });

  it('keeps what a rule returns to its declared share of the article', () => {
    const greedy = defineRule({
      name: 'greedy',
      limits: { maxShare: 0.2 },
      match: (el) => [el],
    });
    const root = fragment(`<div>${'story words here '.repeat(30)}</div><p>tiny</p>`);
    const removed = applyRules(root, { body: [greedy], tail: [], head: [] });
    expect(removed.map((r) => r.element.textContent)).toEqual(['tiny']);
  });

  it('tests a rule’s phrases only for the page’s languages', () => {
    const probe = defineRule({
      name: 'probe',
      limits: { maxWords: 4 },
      phrases: { lead: { at: 'whole', en: ['read more'], de: ['lesen sie auch'] } },
      match: (el, _ctx, { lead }) => (lead.test(el.textContent?.trim() ?? '') ? [el] : null),
    });
    const html = (lang: 'en' | 'de') =>
      `${storyIn(lang, 'Story', 2)}<p>Lesen Sie auch</p><p>Read more</p>`;
    const de = applyRules(fragment(html('de')), { lang: 'de', body: [probe], tail: [], head: [] });
    expect(de.map((r) => r.element.textContent)).toEqual(['Lesen Sie auch', 'Read more']);
    const en = applyRules(fragment(html('en')), { lang: 'en', body: [probe], tail: [], head: [] });
    expect(en.map((r) => r.element.textContent)).toEqual(['Read more']);
  });
});

describe('phrases per language', () => {
  it('compiles whole, start and anywhere phrases', () => {
    const langs = new Set(['en', 'fr'] as const);
    expect(compilePhrases({ at: 'whole', fr: ['lire aussi'] }, langs).test('Lire aussi :')).toBe(
      true,
    );
    expect(
      compilePhrases({ at: 'whole', fr: ['lire aussi'] }, langs).test('Lire aussi la suite'),
    ).toBe(false);
    expect(compilePhrases({ at: 'start', en: ['more'] }, langs).test('Moreover, it rained')).toBe(
      false,
    );
    expect(
      compilePhrases({ at: 'start', en: ['more ap nba: https://'] }, langs).test(
        'More AP NBA: https://x',
      ),
    ).toBe(true);
    expect(compilePhrases({ at: 'any', de: ['anzeige'] }, langs).test('Anzeige')).toBe(false);
  });

  it('guesses the language of the text, and keeps English for widget labels', () => {
    expect(guessLangs(storyIn('pt', 'Matéria', 3))).toContain('pt');
    expect(guessLangs(storyIn('de', 'Artikel', 3))).toEqual(['de']);
    expect([...pageLangs('it-IT', storyIn('it', 'Articolo', 3))].sort()).toEqual(['en', 'it']);
    // A page that declares English but is written in French gets the French phrases too.
    expect(pageLangs('en', storyIn('fr', 'Article', 3)).has('fr')).toBe(true);
    // Nothing declared, nothing to guess from: every language.
    expect(pageLangs(null, 'Hello').size).toBe(6);
  });
});
