/**
 * Script-injection payloads (issue 13's "payloads tried and blocked"): each one inside an article
 * page goes through extraction (what the reader shows), and as stored HTML through the offline
 * sanitizer (what the library shows). Nothing that can run, navigate or load survives.
 */
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../utils/extract';
import { sanitizeOffline } from '../../../utils/extract/sanitize-offline';
import { storyParagraphs } from './helpers';

export const PAYLOADS = [
  '<script>alert(1)</script>',
  '<SCRIPT SRC=https://x.example/xss.js></SCRIPT>',
  '<img src=x onerror=alert(1)>',
  '<img src="javascript:alert(1)">',
  '<IMG SRC=JaVaScRiPt:alert(1)>',
  '<img src=`javascript:alert(1)`>',
  '<img """><script>alert(1)</script>">',
  '<img src=x:alert(1) onerror=eval(src)>',
  '<svg onload=alert(1)>',
  '<svg><script>alert(1)</script></svg>',
  '<svg><a xlink:href="javascript:alert(1)"><text>x</text></a></svg>',
  '<svg><animate onbegin=alert(1) attributeName=x dur=1s>',
  '<svg><set attributeName="href" to="javascript:alert(1)"/></svg>',
  '<svg><use href="data:image/svg+xml,<svg id=x onload=alert(1)>#x"/></svg>',
  '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>',
  '<math href="javascript:alert(1)">click</math>',
  '<body onload=alert(1)>',
  '<iframe src="javascript:alert(1)"></iframe>',
  '<iframe srcdoc="<script>alert(1)</script>"></iframe>',
  '<object data="javascript:alert(1)"></object>',
  '<embed src="javascript:alert(1)">',
  '<a href="javascript:alert(1)">link</a>',
  '<a href="JaVaScRiPt:alert(1)">link</a>',
  '<a href=" javascript:alert(1)">link</a>',
  '<a href="jav&#x09;ascript:alert(1)">link</a>',
  '<a href="&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)">link</a>',
  '<a href="vbscript:msgbox(1)">link</a>',
  '<a href="data:text/html,<script>alert(1)</script>">link</a>',
  '<form action="javascript:alert(1)"><button>go</button></form>',
  '<button formaction="javascript:alert(1)">go</button>',
  '<input onfocus=alert(1) autofocus>',
  '<select onfocus=alert(1) autofocus>',
  '<textarea onfocus=alert(1) autofocus>',
  '<details open ontoggle=alert(1)>',
  '<video><source onerror="alert(1)"></video>',
  '<audio src=x onerror=alert(1)>',
  '<marquee onstart=alert(1)>',
  '<div style="background:url(javascript:alert(1))">x</div>',
  '<div style="width: expression(alert(1))">x</div>',
  '<style>@import "https://x.example/x.css";</style>',
  '<link rel=stylesheet href="https://x.example/x.css">',
  '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">',
  '<base href="javascript:alert(1)//">',
  '<p title="</p><script>alert(1)</script>">x</p>',
  '<noscript><p title="</noscript><img src=x onerror=alert(1)>">',
  '<template><script>alert(1)</script></template>',
  '<xmp><img src=x onerror=alert(1)></xmp>',
  '<![CDATA[<script>alert(1)</script>]]>',
  '<!--<img src=x onerror=alert(1)>-->',
  '<div id="x" tabindex=1 onfocusin=alert(1)>x</div>',
  '<a href="#" onclick="alert(1)">x</a>',
  '<img src=x onerror="&#97;&#108;&#101;&#114;&#116;(1)">',
  '<object type="text/x-scriptlet" data="https://x.example/s.sct"></object>',
  '<isindex action="javascript:alert(1)" type=image>',
  '<keygen autofocus onfocus=alert(1)>',
  '<frameset onload=alert(1)>',
  '<table background="javascript:alert(1)"><tr><td>x</td></tr></table>',
  '<a href="https://ok.example/" target="_top" ping="https://t.example/p">x</a>',
  '<form id="f"></form><button form="f" formaction="javascript:alert(1)">x</button>',
  '<svg><foreignObject><iframe src="javascript:alert(1)"></iframe></foreignObject></svg>',
  '<div data-tidings-removed="x" onmouseover="alert(1)">x</div>',
  '<a href="\u0001javascript:alert(1)">x</a>',
  '<img srcset="javascript:alert(1) 1x">',
];

/** What in sanitized HTML could still run script, navigate the page, or load a document. */
function dangers(html: string): string[] {
  const doc = new JSDOM(`<body>${html}</body>`).window.document;
  const found: string[] = [];
  const banned =
    'script, iframe, frame, frameset, object, embed, applet, base, meta, link, style, form, input, button, select, textarea, keygen, isindex, template, animate, set';
  for (const el of Array.from(doc.body.querySelectorAll(banned))) found.push(`<${el.localName}>`);
  for (const el of Array.from(doc.body.querySelectorAll('*'))) {
    for (const attr of Array.from(el.attributes)) {
      const value = attr.value.replace(/[\s\p{Cc}]/gu, '').toLowerCase();
      if (/^on/i.test(attr.name)) found.push(`${el.localName}[${attr.name}]`);
      if (/^(srcdoc|formaction|action|style)$/i.test(attr.name))
        found.push(`${el.localName}[${attr.name}]`);
      if (/^(javascript|vbscript|data:text)/.test(value))
        found.push(`${el.localName}[${attr.name}=${attr.value}]`);
    }
  }
  return found;
}

function extracted(payload: string): string {
  const html = `<!doctype html><html lang="en"><head><title>Story</title></head><body><article><h1>Story</h1>${storyParagraphs('harbour')}<p>Before ${payload} after.</p>${storyParagraphs('budget', 2)}</article></body></html>`;
  const dom = new JSDOM(html, { url: 'https://news.example/story' });
  const result = extractArticle(dom.window.document, 'https://news.example/story', { force: true });
  if (!result.isArticle) throw new Error(result.reason);
  return [result.contentHtml, ...result.removed.map((r) => r.html)].join('');
}

const win = new JSDOM('').window;

describe(`${PAYLOADS.length} script-injection payloads`, () => {
  it.each(PAYLOADS)('extraction leaves nothing that runs: %s', (payload) => {
    expect(dangers(extracted(payload))).toEqual([]);
  });

  it.each(PAYLOADS)('the offline copy leaves nothing that runs or loads: %s', (payload) => {
    const out = sanitizeOffline(`<p>Stored</p>${payload}`, win as never);
    expect(dangers(out)).toEqual([]);
    expect(out).not.toMatch(/x\.example|t\.example/);
  });
});
