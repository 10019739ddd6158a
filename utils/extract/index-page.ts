/**
 * Is what Readability found a section front or a home page (story cards, headline lists) rather
 * than an article? Judged on the fragment before the clutter rules, which would take the cards
 * apart.
 */

function collapsed(el: Element): string {
  return (el.textContent ?? '').replace(/\s+/g, ' ').trim();
}

function wordCount(text: string): number {
  return text ? text.split(' ').length : 0;
}

/** A link of three words or more: a card's headline, not a share button. */
function hasHeadlineLink(card: Element): boolean {
  return Array.from(card.getElementsByTagName('a')).some(
    (a) => (a.textContent ?? '').trim().split(/\s+/).length >= 3,
  );
}

/**
 * A headline link: three words or more, standing alone on its line (the whole text of its
 * heading, title block or list item), not a link inside a sentence.
 */
function isHeadlineLink(a: Element, text: string): boolean {
  const words = wordCount(text);
  if (words < 3 || words > 30 || /[.:;,]$/.test(text)) return false;
  // Up through wrappers that hold nothing else (`<h3><a>`, `<strong><a>`).
  let line: Element = a;
  while (line.parentElement && collapsed(line.parentElement) === text) line = line.parentElement;
  const holder = line.parentElement;
  if (!holder) return false;
  // A bold link opening a paragraph is the paragraph's lead-in (a roundup), not a card's title.
  if (holder.tagName.toUpperCase() === 'P') return false;
  if (line !== a && /^H[1-6]$/i.test(line.tagName)) return true;
  // First in its card, a block after it: `<li><a>Headline</a><p>Blurb…</p></li>`.
  for (let n = line.previousSibling; n; n = n.previousSibling)
    if (n.textContent?.trim()) return false;
  let next = line.nextSibling;
  while (next && next.nodeType === 3 && !next.textContent?.trim()) next = next.nextSibling;
  return !next || (next.nodeType === 1 && BLOCKS.has((next as Element).tagName.toUpperCase()));
}

const BLOCKS = new Set(['P', 'DIV', 'BR', 'UL', 'OL', 'SECTION', 'FIGURE', 'TIME']);

/**
 * The cards of a page of teasers: for each headline link, the largest block around it that holds
 * that one headline and a short blurb (at most 90 words). Returns the cards' total text length and
 * how many there are.
 */
function teaserCards(content: Element): { count: number; length: number } {
  const cards = new Set<Element>();
  for (const a of Array.from(content.getElementsByTagName('a'))) {
    const text = collapsed(a);
    if (!isHeadlineLink(a, text)) continue;
    let card: Element = a;
    for (
      let cur = a.parentElement, i = 0;
      cur && cur !== content && i < 4;
      cur = cur.parentElement, i++
    ) {
      const headlines = Array.from(cur.getElementsByTagName('a')).filter((x) =>
        isHeadlineLink(x, collapsed(x)),
      );
      const distinct = new Set(headlines.map((x) => x.getAttribute('href') ?? collapsed(x)));
      if (distinct.size > 1 || wordCount(collapsed(cur)) > 90) break;
      card = cur;
    }
    // A teaser has more than its headline: a blurb or a picture. A bare list of links is judged
    // by link density below.
    if (collapsed(card).length >= text.length + 40 || card.querySelector('img, picture'))
      cards.add(card);
  }
  let length = 0;
  for (const c of cards) length += collapsed(c).length;
  return { count: cards.size, length };
}

/** A site's home page address: `/`, `/index.html`, `/en/`, `/home`. */
function isHomeAddress(url: string): boolean {
  try {
    const path = new URL(url).pathname.replace(/\/+$/, '');
    return /^(|\/index\.\w+|\/home|\/[a-z]{2}(-[a-z]{2})?)$/i.test(path);
  } catch {
    return false;
  }
}

/**
 * A section front or index page: the "article" Readability found is mostly story cards or
 * headline links with little running prose of its own. At a home page's address, fewer cards do.
 */
export function looksLikeIndex(content: Element, url = ''): boolean {
  const text = collapsed(content);
  if (!text) return true;
  // A front page of story cards: many linked headlines, each with only a short blurb.
  let headlines = 0;
  for (const h of Array.from(content.querySelectorAll('h1, h2, h3, h4'))) {
    const a = h.querySelector('a') ?? h.closest('a');
    if (a && (a.textContent ?? '').trim().split(/\s+/).length >= 3) headlines++;
  }
  if (headlines >= 8 && text.length / headlines < 200) return true;
  // …or of <article> cards: besides the largest (which may be the story), cards hold most text.
  const articles = Array.from(content.getElementsByTagName('article'))
    .filter((a) => !a.getElementsByTagName('article').length && hasHeadlineLink(a))
    .map((a) => collapsed(a).length)
    .sort((a, b) => b - a);
  if (articles.length >= 5 && articles.slice(1).reduce((s, n) => s + n, 0) >= 0.5 * text.length)
    return true;
  // …or of teaser blocks of any markup: headline links with short blurbs make most of the text,
  // and no story of running prose stands outside them.
  const home = isHomeAddress(url);
  const cards = teaserCards(content);
  if (cards.count >= (home ? 4 : 6) && cards.length >= (home ? 0.4 : 0.55) * text.length) {
    // A short story with a long "More" rail after it is still an article: count what stands
    // outside the cards, and the running prose in it.
    const own = text.length - cards.length;
    const enough = home ? Math.max(1500, 0.35 * text.length) : Math.max(500, 0.2 * text.length);
    if (own < enough) return true;
  }
  let linkText = 0;
  for (const a of Array.from(content.getElementsByTagName('a'))) linkText += collapsed(a).length;
  if (linkText / text.length < 0.6) return false;
  // Long paragraphs of prose outside links mean a real story with many links (a link roundup).
  let roundup = 0;
  for (const p of Array.from(content.getElementsByTagName('p'))) {
    const t = (p.textContent ?? '').trim();
    let inLinks = 0;
    for (const a of Array.from(p.getElementsByTagName('a')))
      inLinks += (a.textContent ?? '').trim().length;
    if (t.length - inLinks > 150) roundup += t.length - inLinks;
  }
  return roundup < 0.25 * text.length;
}
