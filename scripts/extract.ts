/**
 * CLI: extract the clean article from saved pages.
 *
 *   npm run -s extract -- page.html [--url https://site/path] [--force]
 *   npm run -s extract -- a.html b.html.gz …      (one JSON line per page, with `file`)
 *   npm run -s extract -- --text a.txt b.txt …    (plain-text articles: one `{ file, entities,
 *                                                  summary }` line per file)
 *
 * One page: prints one JSON object; a missing or unreadable file is a one-line error on stderr and
 * exit code 1. Several pages: one JSON line each, in one process; a page that fails gets an `error`
 * field and the others go on (exit code 1 at the end). A page that is not an article is
 * `isArticle: false` with a reason, exit code 0.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gunzipSync } from 'node:zlib';
import type { JSDOM } from 'jsdom';
import { parseHtml } from '../bench/lib/jsdom-page';
import { extractArticle, type ExtractResult } from '../utils/extract';
import { markupSize, sniffNotHtml } from '../utils/extract/file-guards';
import { MAX_DEPTH } from '../utils/extract/page-guards';
import { analyzeArticle, analyzeText, type Analysis } from '../utils/nlp';

/** The JSON printed for one page. The NLP step (entities, summary) is added here, and only here. */
export function pageOutput(result: ExtractResult): Record<string, unknown> {
  if (!result.isArticle) {
    return {
      isArticle: false,
      reason: result.reason,
      title: result.title,
      byline: null,
      siteName: null,
      publishedTime: null,
      lang: null,
      dir: null,
      contentHtml: '',
      text: '',
      wordCount: 0,
      readingMinutes: 0,
      removed: [],
      blocks: [],
      entities: { people: [], organizations: [], places: [] },
      summary: [],
      language: null,
      entitiesSupported: true,
    };
  }
  return {
    isArticle: true,
    title: result.title,
    byline: result.byline,
    siteName: result.siteName,
    publishedTime: result.publishedTime,
    lang: result.lang,
    dir: result.dir,
    canonicalUrl: result.canonicalUrl,
    excerpt: result.excerpt,
    contentHtml: result.contentHtml,
    text: result.text,
    wordCount: result.wordCount,
    readingMinutes: result.readingMinutes,
    removed: result.removed.map(({ rule, text }) => ({ rule, text })),
    blocks: result.blocks ?? [],
    ...analysisOutput(analyzeArticle(result)),
  };
}

/**
 * The NLP part of a page's JSON: ranked entities by type, the summary sentences, the language the
 * article was read as and whether entities are found in it.
 */
export function analysisOutput(analysis: Analysis): {
  entities: Pick<Analysis['entities'], 'people' | 'organizations' | 'places'>;
  summary: string[];
  language: string | null;
  entitiesSupported: boolean;
} {
  const { people, organizations, places } = analysis.entities;
  return {
    entities: { people, organizations, places },
    summary: analysis.summary,
    language: analysis.language ?? null,
    entitiesSupported: analysis.entitiesSupported ?? true,
  };
}

/** One `--text` file: a plain-text article (one paragraph per line) in, entities and summary out. */
function analyzeFile(path: string): Record<string, unknown> {
  let bytes: Buffer = readFileSync(path);
  if (path.endsWith('.gz')) bytes = gunzipSync(bytes);
  return analysisOutput(analyzeText(bytes.toString('utf8')));
}

/**
 * Parse a saved page the way a browser decodes bytes: a BOM or `<meta charset>` first, then UTF-8
 * when the bytes are valid UTF-8, else windows-1252 (`parseHtml`). `.gz` pages are gunzipped first.
 */
export function loadPage(path: string, url?: string): JSDOM {
  return parseHtml(readBytes(path), url ?? pathToFileURL(resolve(path)).href);
}

/**
 * Limits of the tool, lower than the browser's on elements: under jsdom Readability slows down
 * with the square of the number of sibling blocks. 20,000 is twice the largest of the 1,047
 * benchmark pages (9,888 elements).
 */
export const CLI_LIMITS = { depth: MAX_DEPTH, elements: 20_000 };

/**
 * Why a file cannot be read as a page, before jsdom parses it: not HTML at all (a PDF, an image),
 * or nested so deep that parsing alone would take seconds and copying it overflow the stack.
 */
export function fileRefusal(bytes: Uint8Array): string | null {
  const kind = sniffNotHtml(bytes);
  if (kind) return `This file is ${kind}, not a web page: there is no article to extract.`;
  const size = markupSize(Buffer.from(bytes).toString('latin1'), CLI_LIMITS);
  if (size.depth > CLI_LIMITS.depth) {
    return `This page nests its elements more than ${CLI_LIMITS.depth.toLocaleString('en')} deep, too deep to read safely.`;
  }
  if (size.elements > CLI_LIMITS.elements) {
    return `This page has more than ${CLI_LIMITS.elements.toLocaleString('en')} elements, too many for this tool to read in time (jsdom is far slower than a browser).`;
  }
  return null;
}

function readBytes(path: string): Buffer {
  const bytes: Buffer = readFileSync(path);
  return path.endsWith('.gz') ? gunzipSync(bytes) : bytes;
}

function extractFile(
  path: string,
  url: string | undefined,
  force: boolean,
): Record<string, unknown> {
  const bytes = readBytes(path);
  const refusal = fileRefusal(bytes);
  if (refusal) {
    return pageOutput({
      isArticle: false,
      url: url ?? pathToFileURL(resolve(path)).href,
      reason: refusal,
      title: '',
    });
  }
  const dom = parseHtml(bytes, url ?? pathToFileURL(resolve(path)).href);
  try {
    const doc = dom.window.document;
    return pageOutput(extractArticle(doc, url ?? doc.URL, { force }));
  } finally {
    dom.window.close();
  }
}

function errorMessage(e: unknown): string {
  const err = e as NodeJS.ErrnoException;
  if (err?.code === 'ENOENT') return 'file not found';
  if (err?.code === 'EACCES') return 'permission denied';
  if (err?.code === 'EISDIR') return 'is a directory';
  return err?.message?.split('\n')[0] ?? String(e);
}

function main(argv: string[]): number {
  const files: string[] = [];
  let url: string | undefined;
  let force = false;
  let textMode = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === '--url') {
      url = argv[++i];
      if (!url) {
        process.stderr.write('extract: --url needs a value\n');
        return 2;
      }
    } else if (arg === '--force') force = true;
    else if (arg === '--text') textMode = true;
    else if (arg === '--help' || arg === '-h') {
      process.stdout.write(
        'usage: npm run -s extract -- <page.html[.gz]>… [--url <url>] [--force]\n' +
          '       npm run -s extract -- --text <article.txt>…\n',
      );
      return 0;
    } else files.push(arg);
  }
  if (files.length === 0) {
    process.stderr.write(
      'extract: no page given (usage: npm run -s extract -- <page.html> [--url <url>])\n',
    );
    return 2;
  }
  if (textMode) {
    let failed = 0;
    for (const file of files) {
      let line: Record<string, unknown>;
      try {
        line = { file, ...analyzeFile(file) };
      } catch (e) {
        failed++;
        process.stderr.write(`extract: ${file}: ${errorMessage(e)}\n`);
        line = { file, error: errorMessage(e) };
      }
      process.stdout.write(JSON.stringify(line) + '\n');
    }
    return failed ? 1 : 0;
  }
  if (files.length === 1) {
    const file = files[0] as string;
    try {
      process.stdout.write(JSON.stringify(extractFile(file, url, force), null, 2) + '\n');
      return 0;
    } catch (e) {
      process.stderr.write(`extract: ${file}: ${errorMessage(e)}\n`);
      return 1;
    }
  }
  let failed = 0;
  for (const file of files) {
    let line: Record<string, unknown>;
    try {
      line = { file, ...extractFile(file, url, force) };
    } catch (e) {
      failed++;
      line = { file, error: errorMessage(e) };
    }
    process.stdout.write(JSON.stringify(line) + '\n');
  }
  return failed ? 1 : 0;
}

process.exitCode = main(process.argv.slice(2));
