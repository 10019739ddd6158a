/**
 * Ranking: one entity per cluster, with its kind, name, aliases and salience (frequency, position,
 * spread, the headline), most salient first.
 */
import type { Entities, Entity } from '../types';
import { fold, type Gazetteer } from '../gazetteer';
import { MARKET_INDEXES, NEWS_AGENCIES, PRODUCTS } from '../data/lexicon';
import { decide } from './typing';
import { zero, type Group, type Mention, type TypedEntity } from './types';

let foldedProducts: Set<string> | null = null;
let foldedIndexes: Set<string> | null = null;

/** Ranks clusters of mentions into typed entities, most salient first. */
export function rankClusters(
  clusters: Group[][],
  sentenceCount: number,
  g: Gazetteer,
): TypedEntity[] {
  const out: TypedEntity[] = [];
  for (const members of clusters) {
    const ev = zero();
    let strong = 0;
    const ms: Mention[] = [];
    for (const m of members) {
      ev.PER += m.evidence.PER;
      ev.ORG += m.evidence.ORG;
      ev.LOC += m.evidence.LOC;
      strong += m.strong;
      ms.push(...m.mentions);
    }
    // Everyday words capitalized ("Article", "Cold War") with nothing else for them are not names,
    // unless the text keeps writing them so in mid-sentence ("Big Machine", "Blue Origin").
    const everyday = members.every((m) => m.words.every((w) => g.common.has(w.toLowerCase())));
    const named =
      members.some((m) => m.words.length > 1) && ms.filter((m) => m.sentence >= 0).length >= 2;
    if (everyday && strong === 0 && !named) continue;
    // Products and software ("Firefox", "737 Max"), market indexes ("Nikkei", "Dow"): not a person,
    // body or place, whatever the words around them suggest.
    foldedProducts ??= new Set([...PRODUCTS].map(fold));
    foldedIndexes ??= new Set([...MARKET_INDEXES].map(fold));
    const has = (list: Set<string>, m: Group): boolean =>
      list.has(fold(m.words.join(' '))) || list.has(fold(m.words.join('')));
    const listed = (list: Set<string>): boolean =>
      members.every((m) => has(list, m)) || members.some((m) => m.words.length > 1 && has(list, m));
    // "Firefox Nightly", "Mozilla Firefox": a product's one-word name inside a longer one.
    const productWord = members.every(
      (m) =>
        !m.words.some((w) => g.orgHeads.has(w)) &&
        m.words.some((w) => /^\p{Lu}/u.test(w) && foldedProducts?.has(fold(w))),
    );
    if (listed(foldedProducts) || listed(foldedIndexes) || productWord) continue;
    // A news agency only cited as a source ("told Reuters", "(AP)") is not what the story is about.
    if (members.some((m) => NEWS_AGENCIES.has(m.words.join(' '))) && ms.every((m) => m.source))
      continue;
    // German capitalizes every noun: a name needs more than its capital (a word list, a title, a
    // first name, a body's head, a brand's camel case or an acronym).
    if (g.nounsCapitalized && strong < 1 && !ms.some((m) => m.titled)) continue;
    const kind = decide(ev, members, g);
    if (!kind) continue;
    const forms = new Map<string, number>();
    for (const m of ms) forms.set(m.text, (forms.get(m.text) ?? 0) + 1);
    const name = canonicalName([...forms.keys()]);
    const sentencesSeen = new Set(ms.map((m) => m.sentence));
    const first = ms.reduce((a, m) => Math.min(a, Math.max(0, m.sentence)), Infinity);
    const n = Math.max(1, sentenceCount);
    const inTitle = ms.some((m) => m.sentence < 0);
    // Frequency, position and spread: a mention counts less the later it comes (what follows the story,
    // such as promotions and link lists, ranks low), a name seen across the text more than one repeated
    // in one paragraph, and one in the headline most.
    const weight = (sentence: number): number => 0.1 + 0.9 * (1 - Math.max(0, sentence) / n) ** 2;
    const salience =
      ms.reduce((s, m) => s + weight(m.sentence), 0) +
      [...sentencesSeen].reduce((s, i) => s + weight(i), 0) / Math.sqrt(n) +
      2 * (1 - first / n) ** 2 +
      (inTitle ? 3 : 0);
    const label = displayLabel(forms, name);
    out.push({
      name,
      kind,
      mentions: ms.filter((m) => m.sentence >= 0).length || ms.length,
      aliases: [...forms.keys()].filter((f) => f !== name),
      ...(label ? { label } : {}),
      salience,
    });
  }
  out.sort((a, b) => b.salience - a.salience);
  return out;
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
function canonicalName(forms: string[]): string {
  return forms.reduce((a, b) => (b.length > a.length ? b : a));
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
