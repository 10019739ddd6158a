/**
 * Aliases: mentions of one thing meet. Same folded name first, then acronyms with their expansion
 * ("NATO" = "North Atlantic Treaty Organization"), short forms with the full name ("Stoltenberg" →
 * "Jens Stoltenberg", "Deutsche" → "Deutsche Bank").
 */
import { fold, type Gazetteer } from '../gazetteer';
import { isAllCaps } from '../tokens';
import { ACRONYMS } from '../data/lexicon';
import { nameEvidence } from './typing';
import { lettersOf, zero, type Group, type Mention } from './types';

const SUFFIXES = /^(?:Jr|Sr|II|III|IV)\.?$/;

export function keyOf(words: string[]): string {
  return fold(words.join(' ')).replace(/\./g, '');
}

/** Groups mentions into entities: each returned list holds the groups of one real-world thing. */
export function clusterMentions(mentions: Mention[], g: Gazetteer): Group[][] {
  const groups = new Map<string, Group>();
  for (const m of mentions) {
    const key = keyOf(m.words);
    let grp = groups.get(key);
    if (!grp) {
      grp = { key, words: m.words, mentions: [], evidence: zero(), strong: 0 };
      groups.set(key, grp);
    }
    grp.mentions.push(m);
    grp.evidence.PER += m.evidence.PER;
    grp.evidence.ORG += m.evidence.ORG;
    grp.evidence.LOC += m.evidence.LOC;
  }
  for (const grp of groups.values()) {
    grp.strong = nameEvidence(grp.words, g).strong + (grp.mentions.some((m) => m.titled) ? 4 : 0);
  }
  const all = [...groups.values()];
  const parent = new Map<Group, Group>();
  const find = (x: Group): Group => {
    let r = x;
    while (parent.has(r)) r = parent.get(r) as Group;
    return r;
  };
  const union = (short: Group, long: Group): void => {
    const a = find(short);
    const b = find(long);
    if (a !== b) parent.set(a, b);
  };

  // Acronyms meet their expansion: "NATO" = "North Atlantic Treaty Organization", "U.S." = "United States".
  const byKey = new Map(all.map((x) => [x.key, x]));
  for (const grp of all) {
    if (grp.words.length !== 1 || !isAllCaps(grp.words[0] ?? '')) continue;
    const letters = lettersOf(grp.words[0] ?? '').toUpperCase();
    const expansion = ACRONYMS[letters];
    const target = expansion ? byKey.get(keyOf(expansion.split(' '))) : undefined;
    const match =
      target ??
      all.find(
        (o) =>
          o.words.length === letters.length &&
          o.words.every((w, k) => w.charAt(0).toUpperCase() === letters.charAt(k)),
      ) ??
      all.find((o) => {
        const initials = o.words
          .filter((w) => !/^(?:of|the|and|for|&|de)$/.test(w))
          .map((w) => w.charAt(0))
          .join('');
        return o.words.length > 1 && initials === letters;
      });
    if (match && match !== grp) union(grp, match);
  }

  // Short forms meet the full name: "Stoltenberg" → "Jens Stoltenberg", "Biden" ← "President Biden".
  const longOnes = all.filter((x) => x.words.length > 1);
  for (const grp of all) {
    if (grp.words.length > 2) continue;
    const w = grp.words;
    const candidates = longOnes.filter((o) => {
      if (o === grp || o.words.length <= w.length) return false;
      // "Carlineo" ← "Patrick W. Carlineo Jr.": a generational suffix is not the surname.
      const ow = SUFFIXES.test(o.words[o.words.length - 1] ?? '') ? o.words.slice(0, -1) : o.words;
      if (ow.length <= w.length) return false;
      const tail = ow.slice(ow.length - w.length);
      const head = ow.slice(0, w.length);
      const e = o.evidence;
      // Unknown multi-word names default to people (see `decide`).
      const personLike = (e.PER > e.ORG && e.PER > e.LOC) || e.PER + e.ORG + e.LOC === 0;
      if (personLike && tail.every((x, k) => fold(x) === fold(w[k] ?? ''))) return true;
      // "Taylor" ← "Taylor Swift": people are also called by their first name; "Xi" ← "Xi Jinping":
      // and by a family name that comes first.
      if (
        personLike &&
        w.length === 1 &&
        (g.firstNames.has(w[0] ?? '') || grp.strong === 0) &&
        fold(ow[0] ?? '') === fold(w[0] ?? '')
      ) {
        return true;
      }
      // "Deutsche" ← "Deutsche Bank": only when the short form is no place or body of its own.
      const orgLike = o.evidence.ORG > o.evidence.PER && o.evidence.ORG > o.evidence.LOC;
      return (
        orgLike &&
        grp.strong === 0 &&
        !g.common.has(fold(w[0] ?? '')) &&
        head.every((x, k) => fold(x) === fold(w[k] ?? ''))
      );
    });
    const roots = new Set(candidates.map(find));
    if (roots.size !== 1) continue;
    const target = candidates[0];
    // A country stays a country even when a person bears its name.
    if (!target || g.countries.has(grp.key)) continue;
    union(grp, target);
  }

  const clusters = new Map<Group, Group[]>();
  for (const grp of all) {
    const r = find(grp);
    const list = clusters.get(r) ?? [];
    list.push(grp);
    clusters.set(r, list);
  }
  return [...clusters.values()];
}
