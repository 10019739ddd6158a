/**
 * One benchmark page: parse it, run plain Readability and Tidings on it, score both. Runs in the
 * worker processes of bench/extract.ts (jsdom is slow; two workers use both cores).
 */
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { Readability, isProbablyReaderable } from '@mozilla/readability';
import { blockText, extractArticle } from '../../utils/extract';
import { keptShare, scorePage, type PageScore } from './metric';
import { parse, runPage } from './run-page';
import {
  checkLabels,
  readPage,
  scoreClutter,
  visibleText,
  type ClutterPage,
  type ClutterScore,
} from './clutter-set';

export type SetName =
  'article-extraction-benchmark' | 'readability-test-pages' | 'l3s-gn1' | 'dragnet' | 'clutter';

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
  /** Clutter set: the page's labels (its file is read from the set's folder). */
  clutter?: ClutterPage;
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
  /** Clutter set: labels scored on each system's text, and each system's article/not call. */
  clutter?: {
    tidings: ClutterScore;
    readability: ClutterScore;
    expectedArticle: boolean;
    tidingsArticle: boolean;
    /** Plain Readability's own call: `isProbablyReaderable` with its defaults. */
    readabilityArticle: boolean;
    /** Labels not found in the page's visible text (a broken label). */
    badLabels: string[];
    site: string;
    mustKeep: number;
    mustDrop: number;
  };
}

export function runTask(task: Task): TaskResult {
  let dom;
  if (task.clutter) dom = parse(readPage(task.clutter), task.url);
  else {
    let bytes: Buffer = readFileSync(task.file);
    if (task.file.endsWith('.gz')) bytes = gunzipSync(bytes);
    dom = parse(task.utf8 ? bytes.toString('utf8') : bytes, task.url);
  }
  const clutterBefore = task.clutter ? clutterBaseline(dom.window.document) : undefined;
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
  if (task.clutter && clutterBefore) {
    result.clutter = {
      tidings: scoreClutter(task.clutter, run.tidingsText),
      readability: scoreClutter(task.clutter, clutterBefore.text),
      expectedArticle: task.clutter.isArticle,
      tidingsArticle: run.tidings.isArticle,
      readabilityArticle: clutterBefore.readerable,
      badLabels: checkLabels(task.clutter, clutterBefore.visible),
      site: task.clutter.site,
      mustKeep: task.clutter.mustKeep.length,
      mustDrop: task.clutter.mustDrop.length,
    };
  }
  return result;
}

/**
 * Plain Readability's text with block boundaries (so labels compare fairly), its own readerable
 * call, and the page's visible text; untimed, on clones, before Tidings runs.
 */
function clutterBaseline(doc: Document): { text: string; readerable: boolean; visible: string } {
  const visible = visibleText(doc);
  const readerable = isProbablyReaderable(doc.cloneNode(true) as Document);
  let text: string;
  try {
    const parsed = new Readability<Node>(doc.cloneNode(true) as Document, {
      serializer: (node) => node,
    }).parse();
    text = parsed?.content ? blockText(parsed.content) : '';
  } catch {
    text = '';
  }
  return { text, readerable, visible };
}
