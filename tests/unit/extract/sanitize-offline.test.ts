/**
 * The offline copy makes no request (issue 13, item 8): every way the audit found a stored or
 * imported copy loading something is taken out; a `data:` image stored with the copy stays.
 */
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { sanitizeOffline } from '../../../utils/extract/sanitize-offline';

const win = new JSDOM('').window;
const offline = (html: string) => sanitizeOffline(html, win as never);

/** Every attribute value in the output that names a URL to fetch. */
function fetchable(html: string): string[] {
  const doc = new win.DOMParser().parseFromString(`<body>${html}</body>`, 'text/html');
  const out: string[] = [];
  for (const el of Array.from(doc.body.querySelectorAll('*'))) {
    for (const attr of Array.from(el.attributes)) {
      if (el.tagName === 'A' && attr.name === 'href') continue;
      if (
        /^(src|srcset|poster|background|href|xlink:href|data|style|ping|lowsrc)$/i.test(attr.name)
      ) {
        if (!(
          el.tagName === 'IMG' &&
          attr.name === 'src' &&
          attr.value.startsWith('data:image/')
        )) {
          out.push(`${el.tagName.toLowerCase()}[${attr.name}=${attr.value}]`);
        }
      }
    }
  }
  return out;
}

const PAYLOADS = [
  '<img src="https://t.example/pixel.gif" alt="pixel">',
  '<img srcset="https://t.example/a.jpg 1x, https://t.example/b.jpg 2x" alt="s">',
  '<picture><source srcset="https://t.example/p.webp" type="image/webp"><img src="https://t.example/p.jpg"></picture>',
  '<video poster="https://t.example/poster.jpg" src="https://t.example/v.mp4"></video>',
  '<audio src="https://t.example/a.mp3"><source src="https://t.example/b.mp3"></audio>',
  '<svg><image href="https://t.example/svg.png"></image><image xlink:href="https://t.example/x.png"></image></svg>',
  '<table background="https://t.example/bg.png"><tr><td background="https://t.example/td.png">x</td></tr></table>',
  '<svg><filter><feImage href="https://t.example/fe.png"/></filter><use href="https://t.example/s.svg#a"/></svg>',
  '<object data="https://t.example/o.swf"></object><embed src="https://t.example/e.swf">',
  '<link rel="stylesheet" href="https://t.example/s.css"><div style="background:url(https://t.example/c.png)">c</div>',
  '<input type="image" src="https://t.example/i.png"><a href="https://ok.example/" ping="https://t.example/ping">link</a>',
  '<video><track src="https://t.example/t.vtt"></video><body background="https://t.example/body.png">',
];

describe('sanitizeOffline', () => {
  it.each(PAYLOADS)('loads nothing: %s', (payload) => {
    const out = offline(payload);
    expect(fetchable(out)).toEqual([]);
    expect(out).not.toContain('t.example');
  });

  it('keeps the text, links and images stored as data: URLs', () => {
    const png = 'data:image/png;base64,iVBORw0KGgo=';
    const out = offline(
      `<p>Text <a href="https://ok.example/">link</a></p><img src="${png}" alt="kept">`,
    );
    expect(out).toContain('Text');
    expect(out).toContain('href="https://ok.example/"');
    expect(out).toContain(png);
  });
});
