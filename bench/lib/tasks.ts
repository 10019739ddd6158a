/**
 * One benchmark page: parse it, run plain Readability and Tidings on it, score both. Runs in the
 * worker processes of bench/extract.ts (jsdom is slow; two workers use both cores).
 */
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { blockText, extractArticle } from '../../utils/extract';
import { keptShare, scorePage, type PageScore } from './metric';
import { parse, runPage } from './run-page';

export type SetName =
  'article-extraction-benchmark' | 'readability-test-pages' | 'l3s-gn1' | 'dragnet';

export interface Task {
  set: SetName;
  id: string;
  /** Page file (`.gz` is gunzipped). */
  file: string;
  url: string;
  /** Decode as UTF-8 text (upstream did) instead of browser-like byte sniffing. */
  utf8: boolean;
  /** Ground-truth article body (shingle sets). */
  truth?: string;
  /** Readability's expected.html (test pages). */
  expectedFile?: string;
}

export interface TaskResult {
  set: SetName;
  id: string;
  url: string;
  tidingsMs: number;
  readabilityMs: number;
  notArticle?: string;
  removed: { rule: string; text: string }[];
  /** Shingle sets. */
  tidings?: PageScore;
  readability?: PageScore;
  /** Test pages: share of expected text kept. */
  keptTidings?: number;
  keptReadability?: number;
  /** Test pages Tidings calls "not an article": share kept by "Clean view anyway" (force). */
  keptTidingsForced?: number;
}

export function runTask(task: Task): TaskResult {
  let bytes: Buffer = readFileSync(task.file);
  if (task.file.endsWith('.gz')) bytes = gunzipSync(bytes);
  const dom = parse(task.utf8 ? bytes.toString('utf8') : bytes, task.url);
  const run = runPage(dom, task.url);
  // What the reader gets from "Clean view anyway" on a page Tidings does not take for an article.
  const forced =
    task.expectedFile && !run.tidings.isArticle
      ? extractArticle(dom.window.document, task.url, { force: true })
      : undefined;
  dom.window.close();
  const result: TaskResult = {
    set: task.set,
    id: task.id,
    url: task.url,
    tidingsMs: run.tidingsMs,
    readabilityMs: run.readabilityMs,
    notArticle: run.tidings.isArticle ? undefined : run.tidings.reason,
    removed: run.tidings.isArticle
      ? run.tidings.removed.map((x) => ({ rule: x.rule, text: x.text.slice(0, 300) }))
      : [],
  };
  if (task.truth !== undefined) {
    result.tidings = scorePage(task.truth, run.tidingsText);
    result.readability = scorePage(task.truth, run.readabilityText);
  }
  if (task.expectedFile) {
    const expectedDom = parse(readFileSync(task.expectedFile, 'utf8'), task.url);
    const expected = blockText(expectedDom.window.document.body);
    expectedDom.window.close();
    result.keptTidings = keptShare(expected, run.tidingsText);
    result.keptReadability = keptShare(expected, run.readabilityText);
    if (forced?.isArticle) result.keptTidingsForced = keptShare(expected, forced.text);
  }
  return result;
}
