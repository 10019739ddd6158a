/**
 * Ranking: one entity per cluster, with its kind, name, aliases and salience (frequency, position,
 * spread, the headline), most salient first.
 */
import type { Entities, Entity } from '../types';
import { fold, type Gazetteer } from '../gazetteer';
import { MARKET_INDEXES, NAME_PARTICLES, NEWS_AGENCIES, PRODUCTS } from '../data/lexicon';
import { decide, nameEvidence } from './typing';
import {
  zero,
  type Evidence,
  type Group,
  type Kind,
  type Mention,
  type TypedEntity,
} from './types';

const KINDS: Kind[] = ['PER', 'ORG', 'LOC'];
const PRODUCT_TIERS = /^(?:Pro|Ultra|Plus|Mini|Lite|Max|XL|SE)$/;

/** How far the best kind leads the next one. */
function margin(ev: Evidence): number {
  const [a = 0, b = 0] = KINDS.map((k) => ev[k]).sort((x, y) => y - x);
  return a - b;
}

/**
 * For each cluster, the kinds of the clusters named in lists with it ("Astrobotic, Draper and
 * Lockheed Martin"), counting only those whose own evidence is clear.
 */
function listVotes(clusters: Group[][], evidence: Evidence[]): (Evidence | undefined)[] {
  const clusterOf = new Map<Mention, number>();
  clusters.forEach((members, c) => {
    for (const grp of members) for (const m of grp.mentions) clusterOf.set(m, c);
  });
  const votes: (Evidence | undefined)[] = clusters.map(() => undefined);
  clusters.forEach((members, c) => {
    for (const grp of members) {
      for (const m of grp.mentions) {
        for (const p of m.peers ?? []) {
          const pc = clusterOf.get(p);
          if (pc === undefined || pc === c) continue;
          const pev = evidence[pc] as Evidence;
          if (margin(pev) < 3) continue;
          const kind = KINDS.reduce((a, b) => (pev[b] > pev[a] ? b : a));
          const v = (votes[c] ??= zero());
          v[kind] += 1;
        }
      }
    }
  });
  return votes;
}

let foldedProducts: Set<string> | null = null;
let foldedIndexes: Set<string> | null = null;

/** Ranks clusters of mentions into typed entities, most salient first. */
export function rankClusters(
  clusters: Group[][],
  sentenceCount: number,
  g: Gazetteer,
): TypedEntity[] {
  const out: TypedEntity[] = [];
  const evidence = clusters.map((members) => {
    const ev = zero();
    // "Michael Bloomberg" … "Bloomberg said": a known body's name used as a person's surname
    // brings no evidence of the body.
    const person = members.some(
      (m) => m.words.length > 1 && g.firstNames.has(m.words[0] ?? '') && m.evidence.PER > 0,
    );
    for (const m of members) {
      ev.PER += m.evidence.PER;
      ev.ORG += m.evidence.ORG;
      ev.LOC += m.evidence.LOC;
      // So too a town's ("John Durham" … "Durham said").
      if (person && m.words.length === 1 && (g.orgs.has(m.key) || g.places.has(m.key))) {
        const listed = nameEvidence(m.words, g).ev;
        ev.ORG -= Math.min(m.evidence.ORG, listed.ORG * m.mentions.length);
        ev.LOC -= Math.min(m.evidence.LOC, listed.LOC * m.mentions.length);
      }
    }
    return ev;
  });
  const peerVotes = listVotes(clusters, evidence);
  clusters.forEach((members, c) => {
    const ev = { ...(evidence[c] as Evidence) };
    let strong = 0;
    let ms: Mention[] = [];
    for (const m of members) {
      strong += m.strong;
      ms.push(...m.mentions);
    }
    // A name used as a modifier at least as often as on its own names a programme, an event or a
    // product ("the Artemis program", "the Dreamforce conference", "the PV industry").
    const attributive = ms.filter((m) => m.attributive).length;
    if (attributive) {
      ms = ms.filter((m) => !m.attributive);
      if (attributive >= ms.length) return;
    }
    // A name with little evidence of its own takes the kind of the names listed with it.
    const votes = peerVotes[c];
    if (votes && margin(ev) < 2) {
      for (const k of KINDS) ev[k] += 1.5 * votes[k];
    }
    // Everyday words capitalized ("Article", "Cold War") with nothing else for them are not names,
    // unless the text keeps writing them so in mid-sentence ("Big Machine", "Blue Origin").
    const everyday = members.every((m) => m.words.every((w) => g.common.has(w.toLowerCase())));
    const named =
      members.some((m) => m.words.length > 1) && ms.filter((m) => m.sentence >= 0).length >= 2;
    if (everyday && strong === 0 && !named) return;
    // Products and software ("Firefox", "737 Max"), market indexes ("Nikkei", "Dow"): not a person,
    // body or place, whatever the words around them suggest.
    foldedProducts ??= new Set([...PRODUCTS].map(fold));
    foldedIndexes ??= new Set([...MARKET_INDEXES].map(fold));
    // "Dreamliners", "iPhones": a product's plural too.
    const has = (list: Set<string>, m: Group): boolean => {
      const f = fold(m.words.join(' '));
      return list.has(f) || list.has(fold(m.words.join(''))) || list.has(f.replace(/s$/, ''));
    };
    const listed = (list: Set<string>): boolean =>
      members.every((m) => has(list, m)) || members.some((m) => m.words.length > 1 && has(list, m));
    // "Firefox Nightly", "Mozilla Firefox": a product's one-word name inside a longer one.
    const productWord = members.every(
      (m) =>
        !m.words.some((w) => g.orgHeads.has(w)) &&
        m.words.some(
          (w) =>
            /^\p{Lu}/u.test(w) &&
            // "FaceTime-Audio", "Firefox-Nutzer": a product's name in a compound.
            w.split('-').some((part) => foldedProducts?.has(fold(part))),
        ),
    );
    // "Chromecast Ultra", "Mac Pro", "Switch Lite", "iPhone 11 Pro Max": a product's tier closes
    // its name; no person or body is so named.
    const tiered = members.every(
      (m) =>
        m.words.length > 1 &&
        PRODUCT_TIERS.test(m.words[m.words.length - 1] ?? '') &&
        !g.firstNames.has(m.words[0] ?? '') &&
        !g.orgs.has(fold(m.words.join(' '))),
    );
    if (listed(foldedProducts) || listed(foldedIndexes) || productWord || tiered) return;
    // A news agency only cited as a source ("told Reuters", "(AP)") is not what the story is about.
    if (members.some((m) => NEWS_AGENCIES.has(m.words.join(' '))) && ms.every((m) => m.source))
      return;
    // German capitalizes every noun: a name needs more than its capital (a word list, a title, a
    // first name, a body's head, a brand's camel case or an acronym).
    if (g.nounsCapitalized && strong < 1 && !ms.some((m) => m.titled)) return;
    // One capitalized word, seen once, that no word list, shape, context or list partner makes a
    // name: a word capitalized for other reasons (a product, an event, a heading's word) far more
    // often than an entity a reader would name. So too a run of capitalized words with an everyday
    // word in it ("Keeps You Runnin", "Solar System"): a title or a slogan, not a person's name.
    if (
      ev.PER + ev.ORG + ev.LOC === 0 &&
      ms.length === 1 &&
      members.every(
        (m) =>
          m.words.length === 1 ||
          // (A body's name joined by "of", "for" or "&" is institution-shaped: kept.)
          (!m.words.some((w) => /^(?:of|for|&)$/.test(w)) &&
            m.words.some((w) => g.common.has(w.toLowerCase()) && !NAME_PARTICLES.has(w))),
      )
    )
      return;
    // An acronym no list knows, seen once, with nothing but its capitals for it: a unit, a part, a
    // term of the trade ("CT", "AAA", "IDC") more often than a body the story is about.
    if (
      ms.length === 1 &&
      ev.PER + ev.ORG + ev.LOC <= 1.5 &&
      members.every((m) => m.words.length === 1 && /^\p{Lu}{2,6}$/u.test(m.words[0] ?? ''))
    )
      return;
    const kind = decide(ev, members, g);
    if (!kind) return;
    // A town typed as its team ("Boston 4 Chicago 2", "Leeds beat Chelsea") is still the place
    // where "in" or "at" puts the story ("played in Boston"): those mentions make a place of their own.
    const where = kind === 'ORG' && isPlaceName(members, g) ? ms.filter(placeMention) : [];
    if (where.length && where.length < ms.length) {
      out.push(
        typed(
          ms.filter((m) => !where.includes(m)),
          'ORG',
          sentenceCount,
        ),
      );
      out.push(typed(where, 'LOC', sentenceCount));
    } else out.push(typed(ms, kind, sentenceCount));
  });
  out.sort((a, b) => b.salience - a.salience);
  return out;
}

/** A cluster named like a place in the word lists. */
function isPlaceName(members: Group[], g: Gazetteer): boolean {
  return members.some((m) => g.places.has(fold(m.words.join(' '))));
}

/** A mention that only a place's words stand around: "in Boston", "at Leeds". */
const placeMention = (m: Mention): boolean =>
  m.locative === true && m.evidence.ORG === 0 && m.evidence.PER === 0;

/** One typed entity of mentions: its name, forms, count and salience. */
function typed(ms: Mention[], kind: Kind, sentenceCount: number): TypedEntity {
  const forms = new Map<string, number>();
  for (const m of ms) forms.set(m.text, (forms.get(m.text) ?? 0) + 1);
  const name = canonicalName([...forms.keys()]);
  const sentencesSeen = new Set(ms.map((m) => m.sentence));
  const first = ms.reduce((a, m) => Math.min(a, Math.max(0, m.sentence)), Infinity);
  const n = Math.max(1, sentenceCount);
  const inTitle = ms.some((m) => m.sentence < 0);
  // Frequency, position and spread: a mention counts less the later it comes (what follows the story,
  // such as promotions and link lists, ranks low), a name seen across the text more than one repeated
  // in one paragraph, and one in the headline most. The weight falls linearly to a tenth at the end:
  // falling as the square, it ranked a country an op-ed argues about in its second half (four
  // mentions) under places named once in passing at the start.
  const weight = (sentence: number): number => 0.1 + 0.9 * (1 - Math.max(0, sentence) / n);
  const salience =
    ms.reduce((s, m) => s + weight(m.sentence), 0) +
    [...sentencesSeen].reduce((s, i) => s + weight(i), 0) / Math.sqrt(n) +
    2 * (1 - first / n) ** 2 +
    (inTitle ? 3 : 0);
  const label = displayLabel(forms, name);
  return {
    name,
    kind,
    mentions: ms.filter((m) => m.sentence >= 0).length || ms.length,
    aliases: [...forms.keys()].filter((f) => f !== name),
    ...(label ? { label } : {}),
    salience,
  };
}

/**
 * The acronym a text mostly uses for a long name ("NATO", "EU"), when it is used at least twice as
 * often as the full name: readers know the organization by it.
 */
function displayLabel(forms: Map<string, number>, name: string): string | undefined {
  let best: [string, number] | undefined;
  for (const entry of forms) if (!best || entry[1] > best[1]) best = entry;
  if (!best || best[0] === name || !/^[A-Z]{2,6}$/.test(best[0])) return undefined;
  return best[1] >= 2 * (forms.get(name) ?? 0) ? best[0] : undefined;
}

/** The longest form, preferring one without dots ("United States" over "U.S."). */
/** The name an entity is shown under, of the forms it was written in. */
export function canonicalName(forms: string[]): string {
  // The longest form, not counting a lower-case "the" before it ("the New Zealand" is "New
  // Zealand"; "The Guardian" keeps its capital "The"); of two such, the one without it.
  const bare = (f: string): number => f.replace(/^the\s+/, '').length;
  return forms.reduce((a, b) =>
    bare(b) !== bare(a) ? (bare(b) > bare(a) ? b : a) : b.length < a.length ? b : a,
  );
}

/**
 * Groups ranked entities by type for the popup, each with its salience `score` (1–100, the article's
 * most salient entity being 100), so a list's order and its figures agree.
 */
export function toEntities(list: TypedEntity[]): Entities {
  const top = list.reduce((m, e) => Math.max(m, e.salience), 0) || 1;
  const strip = ({ name, mentions, aliases, label, salience }: TypedEntity): Entity => ({
    name,
    mentions,
    aliases,
    ...(label ? { label } : {}),
    score: Math.max(1, Math.round((100 * salience) / top)),
  });
  return {
    people: list.filter((e) => e.kind === 'PER').map(strip),
    organizations: list.filter((e) => e.kind === 'ORG').map(strip),
    places: list.filter((e) => e.kind === 'LOC').map(strip),
  };
}
