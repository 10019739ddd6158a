/**
 * Issue 13, the extraction side: documents clean view cannot read say why (frames, SVG, PDF),
 * trees too deep or too large are refused before they are copied, and a right-to-left page that
 * declares nothing reads right to left.
 */
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../utils/extract';
import { markupDepth, sniffNotHtml } from '../../../utils/extract/file-guards';
import {
  MAX_DEPTH,
  MAX_ELEMENTS,
  MAX_TEXT,
  pageRefusal,
  surveyPage,
} from '../../../utils/extract/page-guards';
import { textDirection } from '../../../utils/extract/text-direction';
import { fileRefusal } from '../../../scripts/extract';
import { extract, extractFrom, storyParagraphs } from './helpers';

const URL_ = 'https://news.example/world/story';

function refusalOf(html: string, contentType = 'text/html'): string {
  const dom = new JSDOM(html, { url: URL_, contentType });
  const result = extractArticle(dom.window.document, URL_, { force: true });
  if (result.isArticle) throw new Error('expected a refusal');
  return result.reason;
}

/** A page whose body holds a `depth`-deep chain of divs, built by script as the audit did. */
function deepPage(depth: number): JSDOM {
  const dom = new JSDOM(
    `<!doctype html><html><head><title>Deep</title></head><body><article>${storyParagraphs('deep')}</article><div id="hidden" hidden></div></body></html>`,
    { url: URL_ },
  );
  const doc = dom.window.document;
  // Built in chains of 500, each from the inside out, hung below the last: jsdom checks every
  // ancestor on insertion and attaches a subtree recursively, so one element at a time is
  // quadratic and one 5,000-deep chain overflows jsdom's own stack.
  let bottom = doc.getElementById('hidden') as Element;
  for (let left = depth; left > 0; left -= 500) {
    let chain = doc.createElement('div');
    const inner = chain;
    for (let i = 1; i < Math.min(500, left); i++) {
      const outer = doc.createElement('div');
      outer.appendChild(chain);
      chain = outer;
    }
    bottom.appendChild(chain);
    bottom = inner;
  }
  return dom;
}

describe('documents that are not a page of text say why (item 10)', () => {
  it('a frameset', () => {
    expect(
      refusalOf(
        '<html><head><title>F</title></head><frameset cols="50%,50%"><frame src="a.html"><frame src="b.html"></frameset></html>',
      ),
    ).toMatch(/made of frames/);
  });

  it('a page of iframes only', () => {
    expect(
      refusalOf('<html><body><iframe src="https://other.example/story"></iframe></body></html>'),
    ).toMatch(/inside frames/);
  });

  it('an SVG document', () => {
    expect(
      refusalOf(
        '<svg xmlns="http://www.w3.org/2000/svg"><text>Hello</text></svg>',
        'image/svg+xml',
      ),
    ).toMatch(/SVG image/);
  });

  it('a PDF in the browser’s viewer', () => {
    expect(
      refusalOf(
        '<html><body style="margin:0"><embed type="application/pdf" src="about:blank" width="100%"></body></html>',
      ),
    ).toMatch(/PDF/);
  });

  it('an article with an embedded video is still an article', () => {
    const result = extractFrom(
      `<html><head><title>T</title></head><body><article><h1>Story</h1>${storyParagraphs('video')}<iframe src="https://video.example/x"></iframe></article></body></html>`,
    );
    expect(result.isArticle).toBe(true);
  });
});

describe('deep and large trees are refused before they are copied (items 7, 13)', () => {
  // 5,000 under jsdom (its own tree operations overflow far beyond); 50,000 in Chromium (e2e).
  it('a 5,000-deep subtree built by script: a reason, quickly, and no stack overflow', () => {
    const dom = deepPage(5_000);
    const started = performance.now();
    const result = extractArticle(dom.window.document, URL_, { force: true });
    expect(performance.now() - started).toBeLessThan(1000);
    expect(result.isArticle).toBe(false);
    if (!result.isArticle) expect(result.reason).toMatch(/more than 256 deep/);
  });

  it('a tree just under the limit is read as usual', () => {
    const dom = deepPage(MAX_DEPTH - 20);
    expect(extractArticle(dom.window.document, URL_).isArticle).toBe(true);
  });

  it('measures depth and size in one walk without recursion, stopping at the limit', () => {
    const dom = deepPage(5_000);
    const doc = dom.window.document;
    const unlimited = { depth: 1e9, elements: 1e9, text: 1e12 };
    expect(surveyPage(doc, { limits: unlimited }).depth).toBeGreaterThanOrEqual(5_002);
    expect(surveyPage(doc, { fresh: true }).depth).toBe(MAX_DEPTH + 1);
    const flat = new JSDOM(`<body>${'<p>x</p>'.repeat(300)}<script>var s = 1;</script></body>`)
      .window.document;
    // Within the limit the body's whole text is the bound (the script's 10 characters included).
    expect(surveyPage(flat, { fresh: true })).toMatchObject({ depth: 2, elements: 304, text: 310 });
    const few = { depth: 10, elements: 100, text: MAX_TEXT };
    expect(surveyPage(flat, { limits: few }).elements).toBe(101);
    expect(MAX_ELEMENTS).toBeGreaterThan(100_000);
  });

  it('refuses more elements than the limit', () => {
    const doc = new JSDOM('<body></body>').window.document;
    const many = doc.createDocumentFragment();
    for (let i = 0; i < 2_001; i++) many.appendChild(doc.createElement('i'));
    doc.body.appendChild(many);
    expect(pageRefusal(doc, { depth: MAX_DEPTH, elements: 2_000 })).toMatch(
      /more than 2,000 elements/,
    );
    expect(pageRefusal(doc)).toBeNull();
  });
});

describe('a page with more text than a reader can be shown at once (the 10 MB page)', () => {
  it('is refused with its reason, quickly', () => {
    const dom = new JSDOM(
      `<html><head><title>Huge</title></head><body><article><p>${'word '.repeat(420_000)}</p></article><script>${'x'.repeat(3_000_000)}</script></body></html>`,
      { url: URL_ },
    );
    const started = performance.now();
    const result = extractArticle(dom.window.document, URL_, { force: true });
    expect(performance.now() - started).toBeLessThan(1000);
    expect(result.isArticle).toBe(false);
    if (!result.isArticle) expect(result.reason).toMatch(/more than 2,000,000 characters/);
    // Script text does not count: 1.9 M characters of it beside a short story are fine.
    const scripted = new JSDOM(
      `<html><body><p>Short.</p><script>${'x'.repeat(1_900_000)}</script><script>${'y'.repeat(1_900_000)}</script></body></html>`,
    );
    expect(pageRefusal(scripted.window.document)).toBeNull();
  });
});

describe('the command-line tool refuses before parsing (item 13)', () => {
  it('estimates markup depth from the tags alone, low on ordinary pages', () => {
    expect(markupDepth('<div>'.repeat(6000))).toBe(6000);
    expect(markupDepth('<div>'.repeat(6000), 256)).toBe(257);
    expect(
      markupDepth(`<body>${'<p>unclosed '.repeat(40_000)}<ul>${'<li>x'.repeat(500)}</ul>`),
    ).toBe(1);
    expect(markupDepth('<script>"<div><div><div>"</script><!-- <div><div> --><br/><img>')).toBe(0);
    expect(markupDepth('<script>'.repeat(60_000))).toBe(0);
  });

  it('names files that are not HTML by their first bytes', () => {
    const bytes = (s: string) => new TextEncoder().encode(s);
    expect(sniffNotHtml(bytes('%PDF-1.7\n<html>'))).toBe('a PDF document');
    expect(sniffNotHtml(bytes('<!doctype html>'))).toBeNull();
    expect(fileRefusal(bytes('%PDF-1.4\n<html><body><p>text</p></body></html>'))).toMatch(/PDF/);
    expect(fileRefusal(bytes(`<body>${'<div>'.repeat(6000)}x`))).toMatch(/256 deep/);
    expect(fileRefusal(bytes(`<body>${'<div>x</div>'.repeat(40_000)}`))).toMatch(
      /more than 20,000 elements/,
    );
    expect(fileRefusal(bytes(`<body>${'<div>x</div>'.repeat(10_000)}`))).toBeNull();
  });
});

describe('direction from the text when the page declares none (item 13)', () => {
  const hebrew =
    'ראש הממשלה נפגש היום עם נשיא המדינה בירושלים כדי לדון בתקציב החדש של משרד החינוך והבריאות. ';

  it('a Hebrew page without lang or dir reads right to left', () => {
    const paragraphs = Array.from({ length: 6 }, () => `<p>${hebrew.repeat(4)}</p>`).join('');
    const article = extract(
      `<html><head><title>חדשות</title></head><body><article>${paragraphs}</article></body></html>`,
    );
    expect(article.dir).toBe('rtl');
  });

  it('letters decide: Hebrew or Arabic → rtl, Latin → ltr, none → null', () => {
    expect(textDirection(hebrew)).toBe('rtl');
    expect(textDirection('قال رئيس الوزراء إن الحكومة ستعلن الميزانية')).toBe('rtl');
    expect(textDirection(`The NATO summit in Vilnius ${hebrew.slice(0, 10)}`)).toBe('ltr');
    expect(textDirection('1234 — 5678')).toBeNull();
  });
});
