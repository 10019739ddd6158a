/** CoNLL-2003 documents rebuilt as text, with each document's gold set of PER / ORG / LOC names. */
import { fold } from '../../utils/nlp/gazetteer';

export type NerType = 'PER' | 'ORG' | 'LOC';
export const NER_TYPES: NerType[] = ['PER', 'ORG', 'LOC'];

export interface ConllDoc {
  /** One line per sentence, detokenized. */
  text: string;
  gold: Record<NerType, Set<string>>;
}

/** Joins PTB-style tokens into readable text: no space before "," "." "'s" ")", none after "(". */
export function detokenize(tokens: string[]): string {
  let out = '';
  let quoteOpen = false;
  for (const raw of tokens) {
    let t = raw;
    if (t === '``' || t === "''") t = '"';
    if (t === '-LRB-' || t === '-lrb-') t = '(';
    if (t === '-RRB-' || t === '-rrb-') t = ')';
    let glue =
      /^(?:[.,;:!?%)\]}]|'s|'S|n't|'re|'ve|'ll|'d|'m)$/.test(t) ||
      out === '' ||
      /[([{$]$/.test(out);
    if (t === '"') {
      glue = quoteOpen || out === '';
      quoteOpen = !quoteOpen;
    } else if (/"$/.test(out) && quoteOpen) glue = true;
    out += (glue ? '' : ' ') + t;
  }
  return out;
}

/** Parses an IOB2 CoNLL file into documents. */
export function parseConll(content: string): ConllDoc[] {
  const docs: ConllDoc[] = [];
  let sentences: string[][] = [];
  let gold: Record<NerType, Set<string>> = { PER: new Set(), ORG: new Set(), LOC: new Set() };
  let tokens: string[] = [];
  let entity: { type: string; tokens: string[] } | null = null;
  const closeEntity = (): void => {
    if (entity && (NER_TYPES as string[]).includes(entity.type)) {
      gold[entity.type as NerType].add(detokenize(entity.tokens));
    }
    entity = null;
  };
  const closeSentence = (): void => {
    closeEntity();
    if (tokens.length) sentences.push(tokens);
    tokens = [];
  };
  const closeDoc = (): void => {
    closeSentence();
    if (sentences.length) docs.push({ text: sentences.map(detokenize).join('\n'), gold });
    sentences = [];
    gold = { PER: new Set(), ORG: new Set(), LOC: new Set() };
  };
  for (const line of content.split('\n')) {
    const cols = line.trim().split(' ');
    if (cols[0] === '-DOCSTART-') {
      closeDoc();
      continue;
    }
    if (cols.length < 4) {
      closeSentence();
      continue;
    }
    const token = cols[0] ?? '';
    const tag = cols[cols.length - 1] ?? 'O';
    tokens.push(token);
    if (tag === 'O') closeEntity();
    else if (tag.startsWith('B-') || !entity) {
      closeEntity();
      entity = { type: tag.slice(2), tokens: [token] };
    } else {
      (entity as { tokens: string[] }).tokens.push(token);
    }
  }
  closeDoc();
  return docs;
}

/** Folded, with dots, possessives and stray punctuation removed, for comparing names. */
export function normName(name: string): string {
  return fold(name)
    .replace(/['’]s\b/g, '')
    .replace(/[.]/g, '')
    .replace(/[^\p{L}\p{N}&' -]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The same name, or (for people) one is the surname ending the other ("Clinton" ~ "Bill Clinton"). */
function sameName(a: string, b: string, person: boolean): boolean {
  return a === b || (person && (a.endsWith(' ' + b) || b.endsWith(' ' + a)));
}

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

/** Document-level set matching of predicted names against the gold names of one type. */
export function scoreSets(predicted: Set<string>, gold: Set<string>, person: boolean): Counts {
  const p = [...new Set([...predicted].map(normName))].filter(Boolean);
  const gl = [...new Set([...gold].map(normName))].filter(Boolean);
  const tpPred = p.filter((x) => gl.some((y) => sameName(x, y, person))).length;
  const found = gl.filter((y) => p.some((x) => sameName(x, y, person))).length;
  return { tp: found, fp: p.length - tpPred, fn: gl.length - found };
}

export function prf(c: Counts): { p: number; r: number; f: number } {
  const p = c.tp + c.fp ? c.tp / (c.tp + c.fp) : 0;
  const r = c.tp + c.fn ? c.tp / (c.tp + c.fn) : 0;
  return { p, r, f: p + r ? (2 * p * r) / (p + r) : 0 };
}
