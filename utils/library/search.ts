/**
 * Full-text search over the library: title, article text, entities and site, ranked by BM25
 * (title and entity matches weigh more), the word being typed matched as a prefix, every query
 * word required.
 *
 * A compact inverted index of our own rather than MiniSearch: measured on 10,000 articles of
 * ~1,500 words, MiniSearch took 300–1,000 ms for a two-letter prefix and 40–60 ms for a common
 * word (an object per matching document per term), its JSON snapshot was 76 MB and took 7.6 s
 * to serialize. Here postings are flat number arrays and scores accumulate in typed arrays, so a
 * keystroke costs a few ms; the snapshot is a varint byte stream. Pure: no storage.
 */

import { ENTITY_KINDS, type Entities } from '../model';

/** Version of the index layout and tokenizer; a stored snapshot of another format is rebuilt. */
export const SEARCH_FORMAT = 2;

/** What is indexed for one entry. */
export interface SearchDoc {
  url: string;
  title: string;
  text: string;
  entities: string;
  site: string;
}

// Field order matters: it is the bit layout of the packed term frequencies below.
const FIELDS = ['title', 'text', 'entities', 'site'] as const;
const BOOST = [3, 1, 2, 1.5];
/** Bits per field in a packed term frequency (counts above the cap are capped). */
const TF_BITS = [6, 12, 6, 4];
const TF_SHIFT = [0, 6, 18, 24];
const TF_MAX = TF_BITS.map((b) => (1 << b) - 1);
const K1 = 1.2;
const B = 0.7;
/** Sort keys: scores quantised to 1/1000 up to 2^32/1000, documents up to 2^20 (53 bits). */
const SCORE_STEPS = 2 ** 32;
const DOC_SLOTS = 2 ** 20;
/** A prefix match weighs less than the whole word typed. */
const PREFIX_WEIGHT = 0.6;

// Frequent function words: every article has them, so they only bloat the index.
const STOP_WORDS = new Set(
  (
    'a an and are as at be been but by for from had has have he her his i if in into is it its ' +
    'of on or our she so than that the their them then there these they this to was we were ' +
    'which who will with you'
  ).split(' '),
);

/** Lower-case and strip diacritics (so "Nauseda" finds "Nausėda"). */
export function foldText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase();
}

/** A folded word as indexed, or null when it is not indexed (stop word, single letter). */
function indexable(word: string): string | null {
  if (word.length < 2 && !/\d/.test(word)) return null;
  return STOP_WORDS.has(word) ? null : word;
}

/** The indexed words of a text, in order. */
export function tokenize(text: string): string[] {
  const out: string[] = [];
  for (const m of foldText(text).matchAll(/[\p{L}\p{N}]+/gu)) {
    const t = indexable(m[0]);
    if (t) out.push(t);
  }
  return out;
}

/** The words of a query: whole words, and the one being typed (matched as a prefix). */
export interface ParsedQuery {
  terms: string[];
  /** The last word when the reader is still typing it (no space after it yet), else null. */
  prefix: string | null;
}

/** Split what the reader typed into whole words and the word being typed. */
export function parseQuery(query: string): ParsedQuery {
  const words = [...foldText(query).matchAll(/[\p{L}\p{N}]+/gu)].map((m) => m[0]);
  const typing = words.length > 0 && /[\p{L}\p{N}]$/u.test(query);
  const last = typing ? words.pop() : undefined;
  const terms = words.map(indexable).filter((t): t is string => t !== null);
  // One letter is too short to mean anything as a prefix; a stop word is still a fine prefix.
  const prefix = last !== undefined && (last.length >= 2 || /\d/.test(last)) ? last : null;
  return { terms, prefix };
}

/** A word's documents and packed per-field term frequencies (see TF_SHIFT), growable. */
interface Postings {
  docs: Uint32Array;
  tfs: Uint32Array;
  n: number;
}

function grow<T extends Uint32Array | Uint8Array | Float64Array | Int32Array>(
  array: T,
  min: number,
  make: (size: number) => T,
): T {
  if (array.length >= min) return array;
  const next = make(Math.max(min, array.length * 2, 16));
  next.set(array);
  return next;
}

/** One ranked hit. */
export interface SearchHit {
  url: string;
  score: number;
}

/**
 * The inverted index. Documents are numbered in insertion order; removal leaves a tombstone
 * (dropped at the next `serialize()`). Postings, lengths and scratch space are typed arrays:
 * no garbage per keystroke and nothing for the collector to walk.
 */
export class SearchIndex {
  private urls: Array<string | null> = [];
  private byUrl = new Map<string, number>();
  /** Field lengths in words, 4 per document. */
  private lens = new Uint32Array(0);
  private dead = new Uint8Array(0);
  private totalLen: number[] = FIELDS.map(() => 0);
  private postings = new Map<string, Postings>();
  private sortedTerms: string[] | null = null;
  private score = new Float64Array(0);
  private lastGroup = new Int32Array(0);

  /** Number of documents indexed. */
  get size(): number {
    return this.byUrl.size;
  }

  /** Number of distinct indexed words. */
  get termCount(): number {
    return this.postings.size;
  }

  has(url: string): boolean {
    return this.byUrl.has(url);
  }

  /** URLs of every indexed document. */
  ids(): string[] {
    return [...this.byUrl.keys()];
  }

  /** Add a document, replacing the one with the same URL. */
  add(doc: SearchDoc): void {
    this.remove(doc.url);
    const d = this.urls.length;
    this.urls.push(doc.url);
    this.byUrl.set(doc.url, d);
    this.lens = grow(this.lens, (d + 1) * 4, (n) => new Uint32Array(n));
    this.dead = grow(this.dead, d + 1, (n) => new Uint8Array(n));
    const counts = new Map<string, number>();
    FIELDS.forEach((field, f) => {
      const words = tokenize(doc[field]);
      this.lens[d * 4 + f] = words.length;
      this.totalLen[f] = (this.totalLen[f] ?? 0) + words.length;
      const shift = TF_SHIFT[f] ?? 0;
      const max = TF_MAX[f] ?? 0;
      const fieldCounts = new Map<string, number>();
      for (const w of words) fieldCounts.set(w, (fieldCounts.get(w) ?? 0) + 1);
      for (const [w, n] of fieldCounts) {
        counts.set(w, (counts.get(w) ?? 0) | (Math.min(n, max) << shift));
      }
    });
    for (const [w, packed] of counts) {
      let p = this.postings.get(w);
      if (!p) {
        p = { docs: new Uint32Array(4), tfs: new Uint32Array(4), n: 0 };
        this.postings.set(w, p);
        this.sortedTerms = null;
      }
      p.docs = grow(p.docs, p.n + 1, (n) => new Uint32Array(n));
      p.tfs = grow(p.tfs, p.n + 1, (n) => new Uint32Array(n));
      p.docs[p.n] = d;
      p.tfs[p.n] = packed;
      p.n++;
    }
  }

  /** Remove a document (no-op when absent). */
  remove(url: string): boolean {
    const d = this.byUrl.get(url);
    if (d === undefined) return false;
    this.byUrl.delete(url);
    this.urls[d] = null;
    this.dead[d] = 1;
    FIELDS.forEach((_, f) => {
      this.totalLen[f] = (this.totalLen[f] ?? 0) - (this.lens[d * 4 + f] ?? 0);
    });
    return true;
  }

  /** Sort the vocabulary for prefix lookups now, rather than on the next keystroke. */
  prepare(): void {
    if (!this.sortedTerms) this.sortedTerms = [...this.postings.keys()].sort();
  }

  private expansions(prefix: string): string[] {
    this.prepare();
    const terms = this.sortedTerms ?? [];
    let lo = 0;
    let hi = terms.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((terms[mid] ?? '') < prefix) lo = mid + 1;
      else hi = mid;
    }
    const out: string[] = [];
    for (let i = lo; i < terms.length; i++) {
      const t = terms[i] ?? '';
      if (!t.startsWith(prefix)) break;
      out.push(t);
    }
    return out;
  }

  /** Ranked documents containing every word of the query (the last one as a prefix). */
  search(query: string | ParsedQuery): SearchHit[] {
    const parsed = typeof query === 'string' ? parseQuery(query) : query;
    const groups: Array<Array<[string, number]>> = parsed.terms.map((t) => [[t, 1]]);
    if (parsed.prefix !== null) {
      const p = parsed.prefix;
      groups.push(
        this.expansions(p).map((t) => [t, t === p ? 1 : PREFIX_WEIGHT * (p.length / t.length)]),
      );
    }
    if (groups.length === 0 || this.size === 0) return [];
    const n = this.urls.length;
    const alive = this.size;
    const avg = this.totalLen.map((t) => Math.max(1, t / alive));
    this.score = grow(this.score, n, (size) => new Float64Array(size));
    this.lastGroup = grow(this.lastGroup, n, (size) => new Int32Array(size));
    const score = this.score;
    const lastGroup = this.lastGroup;
    const lens = this.lens;
    const dead = this.dead;
    score.fill(0, 0, n);
    lastGroup.fill(-1, 0, n);
    // Per field: boost and the length normalisation constants, hoisted out of the loop.
    const boost = BOOST;
    const shifts = TF_SHIFT;
    const masks = TF_MAX;
    for (let g = 0; g < groups.length; g++) {
      for (const [term, weight] of groups[g] ?? []) {
        const p = this.postings.get(term);
        if (!p) continue;
        const df = p.n;
        const idf = Math.log(1 + (alive - df + 0.5) / (df + 0.5));
        const docs = p.docs;
        const tfs = p.tfs;
        for (let j = 0; j < df; j++) {
          const d = docs[j] as number;
          if (dead[d]) continue;
          const seen = lastGroup[d] as number;
          // AND across groups: only documents that matched every earlier group count.
          if (seen !== g && seen !== g - 1) continue;
          const packed = tfs[j] as number;
          let s = 0;
          for (let f = 0; f < 4; f++) {
            const tf = (packed >>> (shifts[f] as number)) & (masks[f] as number);
            if (tf === 0) continue;
            const norm = 1 - B + (B * (lens[d * 4 + f] as number)) / (avg[f] as number);
            s += ((boost[f] as number) * tf * (K1 + 1)) / (tf + K1 * norm);
          }
          score[d] = (score[d] as number) + weight * idf * s;
          lastGroup[d] = g;
        }
      }
    }
    const last = groups.length - 1;
    let count = 0;
    for (let d = 0; d < n; d++) if (lastGroup[d] === last) count++;
    // Sort numbers, not objects: key = inverted quantised score × 2^20 + document number, so
    // the typed array's native sort ranks best first (ties: earlier document first).
    const keys = new Float64Array(count);
    let k = 0;
    for (let d = 0; d < n; d++) {
      if (lastGroup[d] !== last) continue;
      const q = Math.min(SCORE_STEPS - 1, Math.floor((score[d] as number) * 1000));
      keys[k++] = (SCORE_STEPS - 1 - q) * DOC_SLOTS + d;
    }
    keys.sort();
    const hits = new Array<SearchHit>(count);
    for (let i = 0; i < count; i++) {
      const d = (keys[i] as number) % DOC_SLOTS;
      hits[i] = { url: this.urls[d] ?? '', score: score[d] as number };
    }
    return hits;
  }

  /** The index as bytes (tombstones dropped), for the stored snapshot. */
  serialize(): Uint8Array {
    const remap = new Int32Array(this.urls.length).fill(-1);
    const urls: string[] = [];
    this.urls.forEach((u, d) => {
      if (u !== null) {
        remap[d] = urls.length;
        urls.push(u);
      }
    });
    const lens: number[] = [];
    this.urls.forEach((u, d) => {
      if (u !== null) for (let f = 0; f < 4; f++) lens.push(this.lens[d * 4 + f] ?? 0);
    });
    const out = new VarintWriter();
    const terms: string[] = [];
    for (const [term, p] of this.postings) {
      let count = 0;
      for (let j = 0; j < p.n; j++) if ((remap[p.docs[j] ?? 0] ?? -1) >= 0) count++;
      if (count === 0) continue;
      terms.push(term);
      out.write(count);
      let prev = 0;
      for (let j = 0; j < p.n; j++) {
        const d = remap[p.docs[j] ?? 0] ?? -1;
        if (d < 0) continue;
        out.write(d - prev);
        prev = d;
      }
      for (let j = 0; j < p.n; j++) {
        if ((remap[p.docs[j] ?? 0] ?? -1) >= 0) out.write(p.tfs[j] ?? 0);
      }
    }
    const header = new TextEncoder().encode(
      JSON.stringify({ format: SEARCH_FORMAT, urls, lens, terms }),
    );
    const body = out.bytes();
    const bytes = new Uint8Array(4 + header.length + body.length);
    new DataView(bytes.buffer).setUint32(0, header.length);
    bytes.set(header, 4);
    bytes.set(body, 4 + header.length);
    return bytes;
  }

  /** An index from `serialize()` bytes. Throws on bytes of another format or damaged ones. */
  static deserialize(bytes: Uint8Array): SearchIndex {
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const headerLength = view.getUint32(0);
    const header = JSON.parse(new TextDecoder().decode(bytes.subarray(4, 4 + headerLength))) as {
      format: number;
      urls: string[];
      lens: number[];
      terms: string[];
    };
    if (header.format !== SEARCH_FORMAT || header.lens.length !== header.urls.length * 4) {
      throw new Error('Search index snapshot of another format.');
    }
    const index = new SearchIndex();
    index.urls = header.urls;
    header.urls.forEach((u, d) => index.byUrl.set(u, d));
    index.lens = Uint32Array.from(header.lens);
    index.dead = new Uint8Array(header.urls.length);
    header.lens.forEach((len, i) => {
      index.totalLen[i % 4] = (index.totalLen[i % 4] ?? 0) + len;
    });
    const reader = new VarintReader(bytes, 4 + headerLength);
    for (const term of header.terms) {
      const count = reader.read();
      const docs = new Uint32Array(count);
      const tfs = new Uint32Array(count);
      let prev = 0;
      for (let j = 0; j < count; j++) {
        prev += reader.read();
        docs[j] = prev;
      }
      for (let j = 0; j < count; j++) tfs[j] = reader.read();
      index.postings.set(term, { docs, tfs, n: count });
    }
    if (!reader.done) throw new Error('Search index snapshot is damaged.');
    return index;
  }
}

class VarintWriter {
  private buf = new Uint8Array(1 << 16);
  length = 0;
  write(value: number): void {
    if (this.length + 5 > this.buf.length) {
      const next = new Uint8Array(this.buf.length * 2);
      next.set(this.buf);
      this.buf = next;
    }
    let v = value >>> 0;
    while (v >= 0x80) {
      this.buf[this.length++] = (v & 0x7f) | 0x80;
      v >>>= 7;
    }
    this.buf[this.length++] = v;
  }
  bytes(): Uint8Array {
    return this.buf.subarray(0, this.length);
  }
}

class VarintReader {
  constructor(
    private readonly buf: Uint8Array,
    private pos: number,
  ) {}
  get done(): boolean {
    return this.pos === this.buf.length;
  }
  read(): number {
    let value = 0;
    let shift = 0;
    for (;;) {
      if (this.pos >= this.buf.length) throw new Error('Search index snapshot is truncated.');
      const byte = this.buf[this.pos++] ?? 0;
      value |= (byte & 0x7f) << shift;
      if (byte < 0x80) return value >>> 0;
      shift += 7;
      if (shift > 28) throw new Error('Search index snapshot is damaged.');
    }
  }
}

/** An empty index. */
export function createSearchIndex(): SearchIndex {
  return new SearchIndex();
}

/** The document indexed for an entry. */
export function searchDoc(
  meta: { url: string; title: string; site: string; entities: Entities },
  text: string,
): SearchDoc {
  const entities = [...ENTITY_KINDS.flatMap((kind) => meta.entities[kind])]
    .flatMap((e) => [e.name, ...e.aliases])
    .join(' \n ');
  return { url: meta.url, title: meta.title, text, entities, site: meta.site };
}

/** Add or replace documents. */
export function upsertDocs(index: SearchIndex, docs: SearchDoc[]): void {
  for (const doc of docs) index.add(doc);
}

/** Remove documents whose entries no longer exist. Returns how many were removed. */
export function removeMissing(index: SearchIndex, currentIds: ReadonlySet<string>): number {
  let removed = 0;
  for (const id of index.ids()) if (!currentIds.has(id) && index.remove(id)) removed++;
  return removed;
}

/** Ranked hits for what the reader typed (empty query → no hits). */
export function searchLibrary(index: SearchIndex, query: string): SearchHit[] {
  return index.search(query);
}

/** A piece of text, marked when it is a search match. */
export interface Segment {
  text: string;
  match: boolean;
}

function matches(word: string, query: ParsedQuery): boolean {
  const w = foldText(word);
  return query.terms.includes(w) || (query.prefix !== null && w.startsWith(query.prefix));
}

/** Split text into segments, marking every word the query matched (whole words). */
export function highlight(text: string, query: ParsedQuery): Segment[] {
  if (!text) return [];
  if (query.terms.length === 0 && query.prefix === null) return [{ text, match: false }];
  const segments: Segment[] = [];
  let plain = '';
  for (const part of text.split(/([\p{L}\p{N}\p{M}]+)/u)) {
    if (!part) continue;
    if (/^[\p{L}\p{N}]/u.test(part) && matches(part, query)) {
      if (plain) segments.push({ text: plain, match: false });
      plain = '';
      segments.push({ text: part, match: true });
    } else {
      plain += part;
    }
  }
  if (plain) segments.push({ text: plain, match: false });
  return segments;
}

/**
 * A stretch of `text` around the query's first match (whole words, ellipses where cut), for the
 * result line; the start of the text when nothing matches.
 */
export function snippet(text: string, query: ParsedQuery, radius = 110): string {
  const words = /[\p{L}\p{N}\p{M}]+/gu;
  let at = -1;
  for (const m of text.matchAll(words)) {
    if (matches(m[0], query)) {
      at = m.index;
      break;
    }
  }
  const flat = (s: string) => s.replace(/\s+/g, ' ').trim();
  if (at < 0) return flat(text.slice(0, radius * 2));
  let start = Math.max(0, at - radius);
  let end = Math.min(text.length, at + radius);
  // Cut at spaces so no word is shown in half.
  if (start > 0) start = text.indexOf(' ', start) + 1 || start;
  if (end < text.length) end = text.lastIndexOf(' ', end) > at ? text.lastIndexOf(' ', end) : end;
  return `${start > 0 ? '… ' : ''}${flat(text.slice(start, end))}${end < text.length ? ' …' : ''}`;
}
