import type { Analysis } from './types';
import { splitSentences } from './sentences';
import { findEntities, toEntities } from './entities';
import { summarize } from './summary';
import { findDates, findFigures } from './dates-figures';

export type { Analysis, Entities, Entity } from './types';
export { splitSentences } from './sentences';
export { findEntities } from './entities';
export { summarize } from './summary';
export { findDates, findFigures } from './dates-figures';

/**
 * The most text analysed: about 16,000 words, longer than nearly every article, short enough that one
 * huge page keeps the worker busy for a fraction of a second at most. The rest is not read.
 */
export const MAX_CHARS = 100_000;
/** The most sentences analysed (a page of one-line items could hold many more in MAX_CHARS). */
export const MAX_SENTENCES = 3_000;

/** The first {@link MAX_CHARS} of the text, cut at a line break (or a space) when there is one. */
function boundText(text: string): string {
  if (text.length <= MAX_CHARS) return text;
  const cut = text.lastIndexOf('\n', MAX_CHARS);
  const space = text.lastIndexOf(' ', MAX_CHARS);
  return text.slice(0, cut > MAX_CHARS / 2 ? cut : space > 0 ? space : MAX_CHARS);
}

/** Options of {@link analyzeText}. */
export interface AnalyzeOptions {
  /** The article's title: names in it count as salient. */
  title?: string;
  /** Length of the summary in sentences, clamped to 3–5 (default 3). */
  summarySentences?: number;
}

/**
 * Key entities and an extractive summary of an article, on the device, in milliseconds. Pure: no DOM,
 * no network, no eval — runs in an MV3 service worker.
 * @param text The article's plain text with block boundaries (one paragraph, heading or list item per
 *   line), i.e. the extraction pipeline's `text`, never Readability's `textContent`.
 */
export function analyzeText(text: string, options: AnalyzeOptions = {}): Analysis {
  const sentences = splitSentences(boundText(text)).slice(0, MAX_SENTENCES);
  const count = Math.min(5, Math.max(3, Math.round(options.summarySentences ?? 3)));
  return {
    entities: toEntities(findEntities(sentences, options.title)),
    summary: summarize(sentences, { sentences: count }),
    dates: findDates(sentences),
    figures: findFigures(sentences),
  };
}
