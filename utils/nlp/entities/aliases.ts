/**
 * Aliases: mentions of one thing meet. Same name first (folded, without "the", corporate suffixes or
 * dots, other names of a place: "Boeing Co" = "Boeing", "UK" = "Britain"), then acronyms with their
 * expansion ("NATO" = "North Atlantic Treaty Organization"), short forms with the full name
 * ("Stoltenberg" → "Jens Stoltenberg", "Xi" → "Xi Jinping", "Lakers" → "Los Angeles Lakers").
 */
import { fold, type Gazetteer } from '../gazetteer';
import { isAllCaps } from '../tokens';
import { ACRONYMS, FAMILY_FIRST_SURNAMES, PLACE_EQUIVALENTS } from '../data/lexicon';
import { isInitials } from './candidates';
import { nameEvidence } from './typing';
import { lettersOf, zero, type Group, type Mention } from './types';

const SUFFIXES = /^(?:Jr|Sr|II|III|IV)\.?$/;
// "Boeing Co.", "McClatchy Co.", "SoftBank Group Corp", "Siemens AG": the same company as "Boeing".
const CORPORATE =
  / (?:co|corp|corporation|inc|incorporated|ltd|limited|plc|ag|sa|llc|nv|gmbh|se|spa|s ?a ?s)$/;
const GROUP = / (?:group|holdings|holding)$/;
// "Department of Homeland Security" = "Homeland Security Department".
const OF_HEADED = /^(department|ministry|bureau|office|university) of (.+)$/;

/** The key under which a name's mentions meet. */
export function keyOf(words: string[]): string {
  const folded = fold(words.join(' '));
  const place = PLACE_EQUIVALENTS[folded];
  if (place) return fold(place).replace(/\./g, '');
  let key = folded.replace(/\./g, '').replace(/\s+/g, ' ').trim();
  if (words.length > 1) key = key.replace(/^the /, '');
  // "SoftBank Group Corp" = "SoftBank Group" = "SoftBank": a suffix, then the group's word.
  for (const suffix of [CORPORATE, GROUP]) {
    const bare = key.replace(suffix, '');
    if (bare && bare !== key && bare.length > 1 && words.length > 1) key = bare;
  }
  const of = OF_HEADED.exec(key);
  if (of) key = `${of[2]} ${of[1]}`;
  return key;
}

const personLike = (o: Group): boolean => {
  const e = o.evidence;
  // Unknown multi-word names default to people (see `decide`).
  return (e.PER > e.ORG && e.PER > e.LOC) || e.PER + e.ORG + e.LOC === 0;
};
const orgLike = (o: Group): boolean =>
  o.evidence.ORG > o.evidence.PER && o.evidence.ORG > o.evidence.LOC;

/** Words that are no everyday words: "Brendan Eich", "Hori Parata" (not "Air Mozilla"). */
let nameLike: (o: Group) => boolean = () => false;

const firstSentence = (grp: Group): number =>
  grp.mentions.reduce((m, x) => Math.min(m, x.sentence), Infinity);

/** Groups mentions into entities: each returned list holds the groups of one real-world thing. */
export function clusterMentions(mentions: Mention[], g: Gazetteer): Group[][] {
  const groups = new Map<string, Group>();
  const add = (key: string, m: Mention): Group => {
    let grp = groups.get(key);
    if (!grp) {
      grp = { key, words: m.words, mentions: [], evidence: zero(), strong: 0 };
      groups.set(key, grp);
    }
    grp.mentions.push(m);
    grp.evidence.PER += m.evidence.PER;
    grp.evidence.ORG += m.evidence.ORG;
    grp.evidence.LOC += m.evidence.LOC;
    return grp;
  };
  for (const m of mentions) add(keyOf(m.words), m);
  nameLike = (o) => o.words.every((w) => !g.common.has(w.toLowerCase()) && /^\p{Lu}/u.test(w));
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

  const byKey = new Map(all.map((x) => [x.key, x]));
  // Acronyms defined in the text: "New York State Attorney General (NYAG)".
  for (const grp of all) {
    for (const m of grp.mentions) {
      const acronym = m.defines ? byKey.get(keyOf([m.defines])) : undefined;
      if (acronym && acronym !== grp) union(acronym, grp);
    }
  }
  // Acronyms meet their expansion: "NATO" = "North Atlantic Treaty Organization", "U.S." = "United
  // States", "PUC" = "California Public Utilities Commission".
  for (const grp of all) {
    // "PG&E", "AT&T" are one written word of three tokens.
    const written = grp.mentions[0]?.text ?? '';
    const word = grp.words.length === 1 ? (grp.words[0] ?? '') : /\s/.test(written) ? '' : written;
    if (!word || !isAllCaps(word)) continue;
    const letters = lettersOf(word).toUpperCase();
    const expansion = ACRONYMS[letters];
    const target = expansion ? byKey.get(keyOf(expansion.split(' '))) : undefined;
    const match =
      target ?? all.find((o) => o !== grp && o.words.length > 1 && isInitials(letters, o.words));
    if (match && match !== grp) union(grp, match);
  }

  // Short forms meet the full name: "Stoltenberg" → "Jens Stoltenberg", "Biden" ← "President Biden".
  const longOnes = all.filter((x) => x.words.length > 1);
  for (const grp of [...all]) {
    if (grp.words.length > 2) continue;
    // An acronym that met its expansion above ("NZ" = "New Zealand") is no short form of another
    // name as well ("Recorded Music NZ").
    if (find(grp) !== grp) continue;
    const w = grp.words;
    const same = (a: string[], b: string[]): boolean =>
      a.length === b.length && a.every((x, k) => fold(x) === fold(b[k] ?? ''));
    // Surnames (and family names written first) name a person; other short forms name a body.
    const surnameOf: Group[] = [];
    const others: Group[] = [];
    for (const o of longOnes) {
      if (o === grp || o.words.length <= w.length) continue;
      // "Carlineo" ← "Patrick W. Carlineo Jr.": a generational suffix is not the surname.
      const ow = SUFFIXES.test(o.words[o.words.length - 1] ?? '') ? o.words.slice(0, -1) : o.words;
      if (ow.length <= w.length) continue;
      const tail = ow.slice(ow.length - w.length);
      const head = ow.slice(0, w.length);
      // A name used far more often alone than in the long form it ends is not that person's
      // surname ("Mozilla" 40 times, "Air Mozilla" once), unless the long form is clearly a person.
      const clearPerson = o.evidence.PER > 0 || nameLike(o);
      const dominant = grp.mentions.length > 3 * o.mentions.length && !clearPerson;
      if (personLike(o) && same(tail, w) && !dominant) {
        surnameOf.push(o);
        continue;
      }
      // "Taylor" ← "Taylor Swift": people are also called by their first name; "Xi" ← "Xi Jinping":
      // and by a family name that comes first.
      if (
        personLike(o) &&
        w.length === 1 &&
        (g.firstNames.has(w[0] ?? '') ||
          FAMILY_FIRST_SURNAMES.has(w[0] ?? '') ||
          grp.strong === 0) &&
        same(head, w)
      ) {
        surnameOf.push(o);
        continue;
      }
      // "Lula" ← "Luiz Inácio Lula da Silva": a name inside a long one.
      if (
        personLike(o) &&
        w.length === 1 &&
        ow.length >= 4 &&
        ow.slice(1, -1).some((x) => fold(x) === fold(w[0] ?? ''))
      ) {
        surnameOf.push(o);
        continue;
      }
      // "Braunau" ← "Braunau am Inn", "Frankfurt" ← "Frankfurt am Main": a place by its first word.
      const placeLike = o.evidence.LOC > o.evidence.PER && o.evidence.LOC > o.evidence.ORG;
      if (
        placeLike &&
        w.length === 1 &&
        same(head, w) &&
        /^(?:am|an|de|del|sur|upon|on)$/.test(ow[1] ?? '')
      ) {
        others.push(o);
        continue;
      }
      if (!orgLike(o)) continue;
      // "Disney" ← "Walt Disney Co": a company (its corporate suffix says so; keys drop it) named
      // without the first words of its full name, when that short name is no everyday word or
      // place.
      const kw = grp.key.split(' ');
      const okw = o.key.split(' ');
      if (
        CORPORATE.test(fold(o.words.join(' ')).replace(/\./g, '')) &&
        okw.length > kw.length &&
        kw.every((x, k) => x === okw[okw.length - kw.length + k]) &&
        !g.common.has(grp.key) &&
        !g.places.has(grp.key)
      ) {
        others.push(o);
        continue;
      }
      // "Homeland Security" ← "Department of Homeland Security": the body's name without its head.
      // ("Fort Worth" is not "Fort Worth Police Department": a place stays a place.)
      const inner = ow.filter((x) => !g.orgHeads.has(x) && !/^(?:of|the|for)$/.test(x));
      if (
        w.length > 1 &&
        inner.length === w.length &&
        same(inner, w) &&
        !g.places.has(fold(w.join(' ')))
      ) {
        others.push(o);
        continue;
      }
      if (g.common.has(fold(w[0] ?? ''))) continue;
      // "Deutsche" ← "Deutsche Bank", "GateHouse" ← "GateHouse Media", "Alden" ← "Alden Capital": only
      // when the short form is no place or known body of its own.
      const own = fold(w.join(' '));
      if (!g.places.has(own) && !g.orgs.has(own) && same(head, w)) others.push(o);
      // "Lakers" ← "Los Angeles Lakers", "Thunder" ← "Oklahoma City Thunder": a team by its nickname;
      // "Depot" ← "Home Depot": a body whose first word is an everyday one, by its last.
      else if (
        w.length === 1 &&
        same(tail, w) &&
        (g.places.has(fold(ow.slice(0, -1).join(' '))) ||
          (ow.length === 2 && g.common.has(fold(ow[0] ?? '')) && !g.places.has(own)))
      )
        others.push(o);
    }
    // A country stays a country even when a person bears its name.
    if (g.countries.has(grp.key)) continue;
    const candidates = [...surnameOf, ...others];
    const roots = new Set(candidates.map(find));
    if (roots.size === 1 && candidates[0]) {
      union(grp, candidates[0]);
      continue;
    }
    // Two people share the surname ("Hori Parata" and his son "Te Kaurinui Parata"): each mention
    // goes to the one last named in full before it, as a reader reads it.
    const people = [...new Set(surnameOf.map(find))];
    if (
      people.length > 1 &&
      others.length === 0 &&
      surnameOf.every((o) => o.evidence.PER > 0 || nameLike(o))
    )
      splitByNearest(grp, surnameOf);
  }

  /** Moves each mention of `grp` into a new group joined to the nearest person named before it. */
  function splitByNearest(grp: Group, people: Group[]): void {
    const sorted = [...people].sort((a, b) => firstSentence(a) - firstSentence(b));
    const parts = new Map<Group, Group>();
    for (const m of grp.mentions) {
      let target = sorted[0] as Group;
      let best = -Infinity;
      for (const p of sorted) {
        for (const pm of p.mentions) {
          if (pm.sentence <= m.sentence && pm.sentence > best) {
            best = pm.sentence;
            target = p;
          }
        }
      }
      let part = parts.get(target);
      if (!part) {
        part = {
          key: `${grp.key}#${target.key}`,
          words: grp.words,
          mentions: [],
          evidence: zero(),
          strong: grp.strong,
        };
        parts.set(target, part);
      }
      part.mentions.push(m);
      part.evidence.PER += m.evidence.PER;
      part.evidence.ORG += m.evidence.ORG;
      part.evidence.LOC += m.evidence.LOC;
    }
    grp.mentions = [];
    for (const [target, part] of parts) {
      all.push(part);
      union(part, target);
    }
  }

  const clusters = new Map<Group, Group[]>();
  for (const grp of all) {
    if (!grp.mentions.length) continue;
    const r = find(grp);
    const list = clusters.get(r) ?? [];
    list.push(grp);
    clusters.set(r, list);
  }
  return [...clusters.values()];
}
