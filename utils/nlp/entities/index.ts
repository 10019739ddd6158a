/**
 * The entity finder: candidates (where the names are) → typing (person, organization or place) →
 * aliases (mentions of one thing meet) → ranking (most salient first).
 */
import type { Sentence } from '../sentences';
import { fold, gazetteer } from '../gazetteer';
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
export function findEntities(sentences: Sentence[], title?: string): TypedEntity[] {
  const g = gazetteer();
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
  if (lowerWords > 30 && englishWords < lowerWords * 0.3) return [];

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
  return rankClusters(clusterMentions(mentions, g), sentences.length, g);
}
