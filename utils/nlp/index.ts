import type { TextBlock } from '../extract/types';
import type { Analysis, Entities } from './types';
import { splitSentences, type Sentence } from './sentences';
import { CELL_BREAK } from './tokens';
import { findEntities, toEntities } from './entities/index';
import { summarize } from './summary';
import { findDates, findFigures } from './dates-figures';
import { splitDateline, stripSitePrefix, storyLines } from './furniture';
import { ENTITY_LANGUAGES, detectLanguage } from './language';

export type { Analysis, Entities, Entity } from './types';
export { splitSentences } from './sentences';
export { findEntities } from './entities/index';
export { summarize } from './summary';
export { findDates, findFigures } from './dates-figures';
export { lineRole, storyLines } from './furniture';
export { detectLanguage, ENTITY_LANGUAGES } from './language';

/**
 * The most text analysed: about 16,000 words, longer than nearly every article, short enough that one
 * huge page keeps the worker busy for a fraction of a second at most. The rest is not read.
 */
export const MAX_CHARS = 100_000;
/** The most sentences analysed (a page of one-line items could hold many more in MAX_CHARS). */
export const MAX_SENTENCES = 3_000;
/** The most blocks read (each is at least a line). */
const MAX_BLOCKS = 5_000;

/** Options of {@link analyzeText} and {@link analyzeArticle}. */
export interface AnalyzeOptions {
  /** The article's title: names in it count as salient. (For `analyzeText`; an article has its own.) */
  title?: string;
  /** Length of the summary in sentences, clamped to 3–5 (default 3). */
  summarySentences?: number;
}

/** What {@link analyzeArticle} reads of an article: `Pick` of the extraction's `Article`, all but `title` optional. */
export interface ArticleInput {
  title: string;
  /** The article's lines with their roles (`Article.blocks`); without them `text` is read line by line. */
  blocks?: readonly TextBlock[];
  /** Plain text, one block per line (`Article.text`); read when `blocks` is absent. */
  text?: string;
  /** The page's declared language (`Article.lang`); checked against the text. */
  lang?: string | null;
  /** The publisher (`Article.siteName`): never an entity of its own story. */
  siteName?: string | null;
  /** Where the page was read (`Article.url`): its host names the publisher too. */
  url?: string | null;
  /** The author line (`Article.byline`): the author is not an entity of the story. */
  byline?: string | null;
}

/**
 * Key entities and an extractive summary of an article, on the device, in milliseconds. Pure: no DOM,
 * no network, no eval — runs in an MV3 service worker.
 *
 * Reads the story, not the page furniture: captions, credits and player text never feed the
 * summary nor create an entity; pull quotes and headings never enter the summary. Entities are found
 * for the languages in {@link ENTITY_LANGUAGES}; for others `entitiesSupported` is false and the
 * entity lists are empty (the summary works in any language `Intl.Segmenter` splits).
 */
export function analyzeArticle(article: ArticleInput, options: AnalyzeOptions = {}): Analysis {
  const blocks = boundBlocks(
    article.blocks ??
      (article.text ?? '').split(/\r?\n/).map((text): TextBlock => ({ role: 'paragraph', text })),
  );
  const lines = storyLines(blocks, article.byline);
  const storyText = lines
    .filter((l) => l.role === 'paragraph')
    .map((l) => l.text)
    .join('\n');
  const language = detectLanguage(storyText || article.title, article.lang);
  const caseless = !/\p{Lu}/u.test(storyText);

  // Entities read the story lines (not captions, credits or player text); a dateline keeps its place
  // ("MADRID") and loses its source ("(Reuters)", "(KXAN)").
  const entityLines: string[] = [];
  // The summary reads story paragraphs only, datelines and site prefixes removed.
  const summaryLines: string[] = [];
  for (const l of lines) {
    if (l.role === 'caption' || l.role === 'credit' || l.role === 'embed') {
      entityLines.push('');
      summaryLines.push('');
      continue;
    }
    let text = stripHoverCards(stripSitePrefix(l.text, article.siteName));
    const dateline = splitDateline(text);
    if (dateline) text = dateline.rest;
    // A table row's cells stay apart for the entities: a name never runs from one into the next.
    if (l.cells) entityLines.push(l.cells.join(` ${CELL_BREAK} `));
    else entityLines.push(dateline?.place ? `${dateline.place} — ${text}` : text);
    summaryLines.push(l.role === 'paragraph' ? text : '');
  }
  const summarySentences = split(summaryLines.join('\n'), language, caseless);
  const count = Math.min(5, Math.max(3, Math.round(options.summarySentences ?? 3)));

  const entitiesSupported = ENTITY_LANGUAGES.has(language) || language === 'und';
  let entities: Entities = { people: [], organizations: [], places: [] };
  if (entitiesSupported) {
    const sentences = split(entityLines.join('\n'), language, caseless);
    entities = toEntities(
      findEntities(sentences, article.title, {
        language: language === 'und' ? 'en' : language,
        publisher: publisherNames(article.siteName, article.url),
        byline: article.byline ?? undefined,
      }),
    );
  }
  return {
    entities,
    summary: summarize(summarySentences, { sentences: count }),
    dates: findDates(summarySentences),
    figures: findFigures(summarySentences),
    language,
    entitiesSupported,
  };
}

/**
 * Key entities and an extractive summary of plain text (the CLI's `--text`, and callers without
 * blocks): each line is read as a paragraph, with the same furniture rules as {@link analyzeArticle}.
 * @param text The article's plain text with block boundaries (one paragraph, heading or list item per
 *   line), i.e. the extraction pipeline's `text`, never Readability's `textContent`.
 */
export function analyzeText(text: string, options: AnalyzeOptions = {}): Analysis {
  return analyzeArticle({ title: options.title ?? '', text }, options);
}

const GLUED = /\p{Ll}\p{Lu}/u;

/**
 * Hover cards pasted into the text after a name: "Rep. Ilhan OmarIlhan OmarHillicon Valley: … MORE
 * (D-Minn.)": the name glued to its own repetition, then the card's headlines up to "MORE".
 */
function stripHoverCards(line: string): string {
  // The glue is a small letter right before a capital ("OmarIlhan"): without one, the costly
  // back-reference search is skipped (a name ending in a capital glued to itself is left).
  if (!GLUED.test(line)) return line;
  return (
    line
      .replace(/(\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+)+)\1(?:[^]{0,600}?\bMORE\b)?/gu, '$1')
      // "Kristi NoemKristi Lynn NoemSouth Dakota governor … MORE": the card opens with the full
      // name (a middle name in it) glued to the name's last word; it closes with "MORE".
      .replace(/(\p{Lu}[\p{L}'’-]+)((?: \p{Lu}[\p{L}'’-]+)+)\1\b[^]{0,600}?\bMORE\b/gu, '$1$2')
  );
}

/** The first blocks up to {@link MAX_CHARS} characters in all (the last one cut at a space). */
function boundBlocks(blocks: readonly TextBlock[]): TextBlock[] {
  const out: TextBlock[] = [];
  let chars = 0;
  for (const b of blocks) {
    if (out.length >= MAX_BLOCKS || chars >= MAX_CHARS) break;
    let text = b.text;
    if (chars + text.length > MAX_CHARS) {
      const room = MAX_CHARS - chars;
      const space = text.lastIndexOf(' ', room);
      text = text.slice(0, space > room / 2 ? space : room);
    }
    chars += text.length + 1;
    out.push(text === b.text ? b : { role: b.role, text });
  }
  return out;
}

// Scripts that have no spaces between words or no full stops as English knows them.
const SEGMENTER_SCRIPTS =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}\p{Script=Tibetan}\p{Script=Devanagari}\p{Script=Bengali}\p{Script=Arabic}\p{Script=Hebrew}]/u;

/**
 * Sentences of `text`, at most {@link MAX_SENTENCES}: the rule-based splitter (abbreviations,
 * initials, "U.S.") for languages written like English, `Intl.Segmenter` for the others.
 */
function split(text: string, language: string, caseless: boolean): Sentence[] {
  if (!ENTITY_LANGUAGES.has(language) && SEGMENTER_SCRIPTS.test(text.slice(0, 2_000))) {
    const Segmenter = (Intl as { Segmenter?: typeof Intl.Segmenter }).Segmenter;
    if (Segmenter) return segment(text, new Segmenter(language, { granularity: 'sentence' }));
  }
  void caseless;
  return splitSentences(text).slice(0, MAX_SENTENCES);
}

function segment(text: string, segmenter: Intl.Segmenter): Sentence[] {
  const out: Sentence[] = [];
  text.split(/\r?\n/).forEach((raw, line) => {
    const trimmed = raw.trim();
    if (!trimmed || out.length >= MAX_SENTENCES) return;
    for (const s of segmenter.segment(trimmed)) {
      const sentence = s.segment.trim();
      if (sentence) out.push({ text: sentence, line, index: out.length });
    }
  });
  return out.slice(0, MAX_SENTENCES);
}

/** The publisher's names: its site name ("Reuters", "The Hill") and its host's name ("thehill"). */
function publisherNames(siteName?: string | null, url?: string | null): string[] {
  const out: string[] = [];
  if (siteName) out.push(siteName);
  try {
    if (url) {
      const host = new URL(url).hostname.replace(/^www\./, '');
      const label = host.split('.').slice(0, -1).join('.');
      if (label) out.push(label, host);
    }
  } catch {
    // Not a URL: no host to read.
  }
  return out;
}
