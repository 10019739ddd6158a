/**
 * The entity finder: candidates (where the names are) → typing (person, organization or place) →
 * aliases (mentions of one thing meet) → ranking (most salient first).
 */
import type { Sentence } from '../sentences';
import { fold, gazetteer, type Gazetteer } from '../gazetteer';
import { tokenize, isCapitalized, type Token } from '../tokens';
import { collectMentions, lineKind, recaseLine, recasePlaces, recaseTableRow } from './candidates';
import { clusterMentions } from './aliases';
import { rankClusters, toEntities } from './ranking';
import type { LineKind, Mention, TypedEntity } from './types';

export type { TypedEntity } from './types';
export { toEntities };

/**
 * Finds the people, organizations and places of a text, with their mention counts and aliases, ranked
 * by salience. Works on text with block boundaries; headlines in capitals and result tables are read
 * with care rather than taken word by word.
 */
export interface FindOptions {
  /** ISO 639-1 language of the text (default "en"). */
  language?: string;
  /** The publisher's names (site name, host): never an entity of its own story. */
  publisher?: string[];
  /** The author line: its names are not entities of the story. */
  byline?: string;
}

export function findEntities(
  sentences: Sentence[],
  title?: string,
  options: FindOptions = {},
): TypedEntity[] {
  const g = gazetteer(options.language ?? 'en');
  const tokenized = sentences.map((s) => tokenize(s.text));
  const lineKinds = new Map<number, LineKind>();
  // A line's kind is judged on the whole line.
  const byLine = new Map<number, Token[]>();
  sentences.forEach((s, i) => {
    const list = byLine.get(s.line) ?? [];
    for (const t of tokenized[i] ?? []) list.push(t);
    byLine.set(s.line, list);
  });
  for (const [line, toks] of byLine) lineKinds.set(line, lineKind(toks, g));

  // How the running text writes each word mid-sentence: the reference for re-casing headlines.
  const docCase = new Map<string, string>();
  const lowerSeen = new Set<string>();
  let lowerWords = 0;
  let englishWords = 0;
  for (const toks of tokenized) {
    for (const t of toks) {
      if (!/^\p{Ll}+$/u.test(t.text)) continue;
      lowerWords++;
      if (g.common.has(t.text)) englishWords++;
    }
  }
  sentences.forEach((s, i) => {
    if (lineKinds.get(s.line) !== 'text') return;
    const toks = tokenized[i] ?? [];
    for (const t of toks) {
      if (/^\p{Ll}/u.test(t.text)) lowerSeen.add(t.text);
      else if (!t.initial && !t.tagged && isCapitalized(t.text)) docCase.set(fold(t.text), t.text);
    }
  });

  // The word lists and rules are English: on other languages they would only find noise.
  if (g.lang === 'en' && lowerWords > 30 && englishWords < lowerWords * 0.3) return [];

  const mentions: Mention[] = [];
  sentences.forEach((s, si) => {
    const kind = lineKinds.get(s.line) ?? 'text';
    let tokens = tokenized[si] ?? [];
    if (kind === 'caps' || kind === 'title') tokens = recaseLine(tokens, docCase, g, kind);
    else if (kind === 'table' || kind === 'dateline') tokens = recaseTableRow(tokens, docCase, g);
    else tokens = recasePlaces(tokens, g);
    collectMentions(tokens, si, kind, docCase, lowerSeen, g, mentions);
  });
  if (title) {
    let tokens = tokenize(title);
    const kind = lineKind(tokens, g);
    tokens = recaseLine(tokens, docCase, g, kind === 'text' ? 'title' : kind);
    collectMentions(tokens, -1, 'title', docCase, lowerSeen, g, mentions);
  }
  const ranked = rankClusters(clusterMentions(mentions, g), sentences.length, g);
  return dropOwnNames(dropDerived(ranked, g, lowerSeen), options);
}

/**
 * Names made from another entity of the article: a body's product or part ("Mozilla Webmaker",
 * "Netscape Communicator" beside "Mozilla", "Netscape"), the people of a place or a person
 * ("New Zealanders", "Delhiites", "Bidens", "Trumpers"), and plural nouns the text also writes in
 * lower case ("Senators" beside "senator", "Progressives" beside "progressive").
 */
function dropDerived(list: TypedEntity[], g: Gazetteer, lowerSeen: Set<string>): TypedEntity[] {
  // One-word names of bodies and places the article uses often, as written or as another's alias.
  const orgs = new Set(
    list.filter((e) => e.kind === 'ORG' && !/\s/.test(e.name)).map((e) => e.name),
  );
  for (const e of list) {
    if (e.kind === 'PER' || e.mentions < 3) continue;
    for (const n of [e.name, ...e.aliases]) if (!/\s/.test(n)) orgs.add(n);
  }
  const names = list.map((e) => e.name);
  return list.filter((e) => {
    const words = e.name.split(' ');
    const last = words[words.length - 1] ?? '';
    if (
      words.length > 1 &&
      orgs.has(words[0] ?? '') &&
      !e.aliases.includes(words[0] ?? '') &&
      !g.orgHeads.has(last) &&
      !g.places.has(fold(words.slice(1).join(' ')))
    )
      return false;
    if (words.length > 2 || !/(?:s|ite|ian)$/.test(e.name)) return true;
    for (const suffix of ['ites', 'ians', 'ers', 'ans', 'ns', 's', 'ite', 'ian']) {
      if (!e.name.endsWith(suffix)) continue;
      const stem = e.name.slice(0, -suffix.length);
      if (
        stem.length > 2 &&
        (g.places.has(fold(stem)) || names.some((n) => n !== e.name && n.endsWith(` ${stem}`)))
      )
        return false;
    }
    if (words.length === 1) {
      const singular = e.name
        .toLowerCase()
        .replace(/(?:ies)$/, 'y')
        .replace(/s$/, '');
      if (g.lang === 'en' && lowerSeen.has(singular) && !g.orgs.has(fold(e.name))) return false;
    }
    return true;
  });
}

const squash = (s: string): string =>
  fold(s)
    .replace(/^the\s+/, '')
    .replace(/[^\p{L}\p{N}]+/gu, '');

/** Without the publisher (an organization named like the site) and the author (a person in the byline). */
function dropOwnNames(list: TypedEntity[], options: FindOptions): TypedEntity[] {
  // A site name that is a place ("U.S.", Reuters' section name) names no publisher.
  const publisher = new Set(
    (options.publisher ?? [])
      .filter((p) => !gazetteer(options.language ?? 'en').places.has(fold(p)))
      .map(squash)
      .filter((s) => s.length > 2),
  );
  const byline = options.byline ? fold(options.byline) : '';
  return list.filter((e) => {
    const names = [e.name, ...e.aliases];
    if (names.some((n) => publisher.has(squash(n)))) return false;
    if (e.kind === 'PER' && byline && byline.includes(fold(e.name))) return false;
    return true;
  });
}
