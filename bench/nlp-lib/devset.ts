/**
 * Tidings' own labelled set of real articles (`bench/nlp-dev/labels.json`): pages of the
 * article-extraction benchmark (MIT) and Mozilla's Readability test pages (Apache-2.0), read from
 * `../shared/bench` through the extraction pipeline, each with its hand-written key entities, strings
 * that must never be chips, and strings that must never be in the summary.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { parseHtml } from '../lib/jsdom-page';
import { extractArticle, type Article } from '../../utils/extract';
import { fold } from '../../utils/nlp/gazetteer';

export type Kind = 'PER' | 'ORG' | 'LOC';

export interface LabelEntity {
  name: string;
  kind: Kind;
  aliases?: string[];
}

export interface Label {
  /** "aeb:<id prefix>" (article-extraction benchmark) or "moz:<slug>" (Readability test pages). */
  page: string;
  lang: string;
  entities: LabelEntity[];
  notChips: string[];
  /** Names that are fine as chips of another kind, never of this one ("Palm Beach" as a person). */
  wrongKind?: LabelEntity[];
  notInSummary: string[];
}

export interface DevPage {
  label: Label;
  article: Article;
  /** Host of the page's real URL (the Mozilla pages: their site, from the slug). */
  site: string;
}

/** A chip the popup shows: top 8 per kind. */
export interface Chip {
  kind: Kind;
  names: string[];
}

export interface SystemOutput {
  chips: Chip[];
  summary: string[];
}

export const LABELS_PATH = join(import.meta.dirname, '../nlp-dev/labels.json');

/** Reads the labelled pages through `extractArticle`; pages missing from `benchDir` are skipped. */
export function loadDevSet(benchDir: string): DevPage[] {
  const labels = JSON.parse(readFileSync(LABELS_PATH, 'utf8')) as Label[];
  const aebDir = join(benchDir, 'article-extraction-benchmark');
  const truth = existsSync(join(aebDir, 'ground-truth.json'))
    ? (JSON.parse(readFileSync(join(aebDir, 'ground-truth.json'), 'utf8')) as Record<
        string,
        { url: string }
      >)
    : {};
  const aebFiles = existsSync(join(aebDir, 'html')) ? readdirSync(join(aebDir, 'html')) : [];
  const out: DevPage[] = [];
  for (const label of labels) {
    const [source, id = ''] = label.page.split(':');
    let html: string | Buffer;
    let url: string;
    let site: string;
    if (source === 'aeb') {
      const file = aebFiles.find((f) => f.startsWith(id));
      if (!file) continue;
      const key = file.replace('.html.gz', '');
      url = truth[key]?.url ?? 'https://example.com/';
      site = new URL(url).hostname.replace(/^www\./, '');
      // The benchmark's pages are UTF-8 (its SOURCE.md); some declare no charset.
      html = gunzipSync(readFileSync(join(aebDir, 'html', file))).toString('utf8');
    } else {
      const path = join(benchDir, 'readability-test-pages/pages', id, 'source.html');
      if (!existsSync(path)) continue;
      url = 'http://fakehost/test/page.html';
      site = `${id.replace(/-\d+$/, '')} (Mozilla test page)`;
      html = readFileSync(path);
    }
    const dom = parseHtml(html, url);
    try {
      const result = extractArticle(dom.window.document, url, { force: true });
      if (result.isArticle) out.push({ label, article: result, site });
    } finally {
      dom.window.close();
    }
  }
  return out;
}

/** Folded, without dots, possessives and punctuation: how names are compared. */
export function norm(name: string): string {
  return fold(name)
    .replace(/['’]s\b/g, '')
    .replace(/[.]/g, '')
    .replace(/[^\p{L}\p{N}&]+/gu, ' ')
    .trim();
}

/**
 * The chip stands for the labelled entity: its shown name is one of the entity's names, or one of
 * its other forms is the entity's own name (a chip "Trump" with the alias "Donald Trump"). Another
 * alias in common is not enough: "Te Kaurinui Parata" is also called "Parata", and is not "Hori Parata".
 */
const matches = (chip: Chip, names: Set<string>, own: string): boolean =>
  names.has(norm(chip.names[0] ?? '')) || chip.names.some((n) => norm(n) === own);

/** The chip's shown name is one of the junk strings (folded, punctuation aside). */
function isJunk(chip: Chip, junk: string[]): boolean {
  const c = norm(chip.names[0] ?? '');
  return junk.some((j) => norm(j) === c);
}

export interface DevScore {
  pages: number;
  keys: number;
  found: number;
  rightKind: number;
  split: number;
  chips: number;
  badChips: number;
  /** Chips that match neither a key entity nor a junk string (not judged). */
  unlabelled: number;
  junkPages: number;
  junkHits: number;
  /** Per page: what went wrong, for `NLP_BENCH_VERBOSE=1`. */
  notes: string[];
}

/** Scores one system's chips and summaries against the labels. */
export function scoreDevSet(pages: DevPage[], run: (page: DevPage) => SystemOutput): DevScore {
  const s: DevScore = {
    pages: pages.length,
    keys: 0,
    found: 0,
    rightKind: 0,
    split: 0,
    chips: 0,
    badChips: 0,
    unlabelled: 0,
    junkPages: 0,
    junkHits: 0,
    notes: [],
  };
  for (const page of pages) {
    const { chips, summary } = run(page);
    const notes: string[] = [];
    const keyNames = page.label.entities.map(
      (e) => new Set([e.name, ...(e.aliases ?? [])].map(norm)),
    );
    const own = page.label.entities.map((e) => norm(e.name));
    page.label.entities.forEach((e, k) => {
      const names = keyNames[k] as Set<string>;
      s.keys++;
      const hits = chips.filter((c) => matches(c, names, own[k] as string));
      if (hits.length) s.found++;
      else notes.push(`missing ${e.kind} ${e.name}`);
      if (hits.some((c) => c.kind === e.kind)) s.rightKind++;
      else if (hits.length) notes.push(`kind ${e.name}: ${hits.map((c) => c.kind).join('/')}`);
      if (hits.length > 1) {
        s.split++;
        notes.push(`split ${hits.map((c) => `${c.names[0]} (${c.kind})`).join(' + ')}`);
      }
    });
    for (const chip of chips) {
      s.chips++;
      const key = page.label.entities.findIndex((_, k) =>
        matches(chip, keyNames[k] as Set<string>, own[k] as string),
      );
      const entity = page.label.entities[key];
      const mistyped = (page.label.wrongKind ?? []).some(
        (w) => w.kind === chip.kind && norm(w.name) === norm(chip.names[0] ?? ''),
      );
      if (isJunk(chip, page.label.notChips) || mistyped) {
        s.badChips++;
        notes.push(`junk chip ${chip.kind} ${chip.names[0]}`);
      } else if (entity && entity.kind !== chip.kind) {
        s.badChips++;
      } else if (!entity) {
        s.unlabelled++;
      }
    }
    let hits = 0;
    for (const sentence of summary) {
      const lower = sentence.toLowerCase();
      for (const j of page.label.notInSummary) {
        if (lower.includes(j.toLowerCase())) {
          hits++;
          notes.push(`summary junk "${j}" in "${sentence.slice(0, 90)}"`);
        }
      }
    }
    if (hits) s.junkPages++;
    s.junkHits += hits;
    if (notes.length)
      s.notes.push(`${page.label.page} (${page.site}):\n    ${notes.join('\n    ')}`);
  }
  return s;
}

/** The popup's chips: the first `perKind` of each kind. */
export function topChips(
  lists: Record<Kind, Array<{ name: string; aliases?: string[] }>>,
  perKind = 8,
): Chip[] {
  const out: Chip[] = [];
  for (const kind of ['PER', 'ORG', 'LOC'] as Kind[]) {
    for (const e of lists[kind].slice(0, perKind))
      out.push({ kind, names: [e.name, ...(e.aliases ?? [])] });
  }
  return out;
}
