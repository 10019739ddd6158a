import { defineRule } from './types';
import type { PhraseGroup } from './phrases';
import {
  isHeading,
  isProse,
  isStoryElement,
  linkDensity,
  namesOf,
  nothingAfter,
  tagOf,
  textOf,
  wordsOf,
} from './dom';

const RELATED_NAMES =
  /(^|[\s_-])(related|more-?from|more-?on|recommended|recommendations?|read-?more|read-?next|also-?read|more-?stories|more-?articles|trending|most-?(read|popular|viewed|shared)|popular|you-?may-?like|recirc\w*|further-?reading|next-?(article|story|up)|see-?also)($|[\s_-])/;

/**
 * "Related / more from / recommended" blocks named so in the markup, mostly links (or short).
 */
export const relatedLinks = defineRule({
  name: 'related-links',
  limits: { maxShare: 0.4 },
  match(el) {
    if (!RELATED_NAMES.test(namesOf(el)) || !textOf(el)) return null;
    return linkDensity(el) >= 0.3 || wordsOf(el) < 40 ? [el] : null;
  },
});

/**
 * Names of "more to read" lists, per language: headings ("Related stories", "Most read", "Les plus
 * lus", "Mehr zum Thema", "Lo más leído", "Você pode gostar...") and lead-in lines ("Read more from
 * Jane Doe:", "More on this story", "Lire aussi", "Leggi anche").
 */
const MORE_TO_READ: PhraseGroup = {
  at: 'whole',
  en: [
    'related( stories| articles| content| coverage| news| posts?| reading| links| topics| videos| items)?( from [^:]{1,50})?',
    "more( great| top| popular| recent| latest)?( [\\p{L}.&'’-]+){0,2} (stories|news|articles|reads|coverage|videos|posts)( like this( one)?)?",
    'more (from|on|about|in|to read|like this)( .{1,50})?',
    'more',
    'also( read| see| on [\\p{L}.-]+)?',
    'read (more|also|next)( from .{1,50})?',
    'recommended( for you| stories| reading| articles)?',
    'we recommend',
    'you (may|might) (also )?(like|enjoy|be interested in|have missed)',
    'see also',
    'further reading',
    'trending( now| stories| in [\\p{L} ]{1,20})?',
    'most (read|popular|viewed|shared|commented)( stories| articles| now| this week| today)?',
    'popular( now| stories| articles| posts| this week| today)?',
    '(recent|latest) (articles|stories|posts|news)',
    "don['’]?t miss",
    'what to read next',
    'top stories',
    "editor['’]?s picks",
    'in other news',
    'elsewhere on .{1,40}',
    '(around|across|from) the web',
    'explore more( on (these|this) topics?)?',
    'on our radar',
  ],
  fr: [
    '(à )?lire (aussi|également|encore)',
    'lire',
    'voir aussi',
    'sur le même sujet',
    'les (articles )?plus (lus|partagés|commentés)',
    'dans la même rubrique',
    'nos articles recommandés',
    'vous aimerez aussi',
    'articles? (similaires|liés|connexes)',
    'à voir aussi',
  ],
  de: [
    'lesen sie (auch|mehr)',
    'mehr zum thema( .{1,40})?',
    'auch interessant',
    'das könnte sie (auch )?interessieren',
    'weitere (artikel|beiträge|nachrichten)( zum thema)?',
    'meistgelesene?( artikel)?',
    'am meisten gelesen',
    '(verwandte|ähnliche) artikel',
    'passend zum thema',
    'empfehlungen( der redaktion)?',
  ],
  es: [
    'le[ea] también',
    '(también )?te puede interesar',
    'le puede interesar',
    'más información',
    '(noticias|artículos|contenidos?) relacionad[oa]s',
    'lo más leído',
    'las más leídas',
    'más (sobre|de) .{1,40}',
    'más noticias',
    'te recomendamos',
    'ver también',
  ],
  pt: [
    'leia (também|mais)',
    'veja também',
    'saiba mais',
    'você (também )?pode gostar',
    '(as )?mais lidas',
    '(notícias|artigos|tópicos|matérias) relacionad[oa]s',
    'relacionadas',
    'mais sobre .{1,40}',
    'recomendados para você',
    'conteúdo relacionado',
  ],
  it: [
    'leggi anche( su)?',
    '(ti )?potrebbe (anche )?interessar(ti|e)',
    '(articoli|notizie) correlat[ie]',
    'correlati',
    '(i )?più lett[ie]',
    '(leggi )?altri articoli',
    'da non perdere',
  ],
};

/**
 * The plainest of those names: a heading that says only this introduced a list even when the list
 * is gone (Readability dropped it) and the story goes on right after.
 */
const ORPHAN: PhraseGroup = {
  at: 'whole',
  en: [
    'related( stories| articles| content| coverage| news| posts| links)?',
    'most (read|popular|viewed|shared|commented)( stories| articles)?',
    'recommended( for you| stories| articles)?',
    'you (may|might) (also )?like',
    'read (more|also|next)',
    'also read',
    'see also',
    'trending( now| stories)?',
  ],
  fr: ['(à )?lire aussi', 'voir aussi', 'les plus (lus|partagés)', 'sur le même sujet'],
  de: ['lesen sie auch', 'mehr zum thema', 'meistgelesen(e)?( artikel)?', 'auch interessant'],
  es: ['le[ea] también', '(también )?te puede interesar', 'lo más leído', 'las más leídas'],
  pt: ['leia também', 'veja também', 'você (também )?pode gostar', '(as )?mais lidas'],
  it: ['leggi anche', '(ti )?potrebbe interessarti', '(i )?più letti'],
};

/** Inline promos: the same lead-ins, then a separator and the promoted headline on the same line. */
const INLINE: PhraseGroup = {
  ...MORE_TO_READ,
  at: 'start',
  en: [
    ...(MORE_TO_READ.en ?? []),
    'see more',
    'read the full story',
    'must read',
    'watch',
    'listen',
    'click here',
    '更多',
  ],
};

/** A block that is a list of links to other stories, or one such link (a headline, a card). */
function isHeadlineItem(el: Element): boolean {
  if (isStoryElement(el)) return false;
  // A heading that is all link is a headline ("Leggi anche" <h2><a>…</a></h2>).
  if (isHeading(el)) return linkDensity(el) >= 0.9 && wordsOf(el) >= 3;
  const words = wordsOf(el);
  // Thumbnails that link to other stories, without a word.
  if (!words) return el.querySelector('a img, a picture') !== null;
  if (words > 120 || isProse(el)) return false;
  if (linkDensity(el) >= 0.35) return true;
  // A card: a headline link of three words or more, a short blurb, no paragraph of prose.
  if (words > 60) return false;
  return Array.from(el.getElementsByTagName('a')).some((a) => wordsOf(a) >= 3);
}

/** The headline items right after `el` (placeholders of blocks already removed are skipped). */
function itemsAfter(el: Element): Element[] {
  const items: Element[] = [];
  for (let s = el.nextElementSibling; s; s = s.nextElementSibling) {
    if (s.hasAttribute('data-tidings-removed')) continue;
    if (!isHeadlineItem(s)) break;
    items.push(s);
  }
  return items;
}

/**
 * "Related stories" headings and lead-in lines ("More:", "Read more from Jane Doe:", "Você pode
 * gostar...", "Leggi anche") with the headlines they introduce: the items right after them, or the
 * rest of a small container they head. A heading with nothing after it goes alone.
 */
export const relatedHeading = defineRule({
  name: 'related-heading',
  limits: { maxWords: 10, maxChars: 80 },
  phrases: { heading: MORE_TO_READ, orphan: ORPHAN },
  match(el, ctx, { heading, orphan }) {
    const text = textOf(el);
    if (!heading.test(text)) return null;
    const items = itemsAfter(el);
    if (items.length) return [el, ...items];
    if (nothingAfter(el, ctx.root) || orphan.test(text)) return [el];
    const parent = el.parentElement;
    // Alone in its box: the list it named was dropped already ("related news" and nothing else).
    if (parent && parent !== ctx.root && textOf(parent) === text) return [parent];
    if (
      parent &&
      parent !== ctx.root &&
      parent.firstElementChild === el &&
      linkDensity(parent) >= 0.4 &&
      textOf(parent).length < 0.3 * ctx.rootTextLength
    ) {
      return [parent];
    }
    return null;
  },
});

/**
 * Inline promos between paragraphs: "READ MORE: <headline link>", "Related: <link>", "Lire aussi :
 * <lien>", "Leia também: <link>": a lead-in, a separator, and a line that is mostly a link (or
 * shouts its label in capitals).
 */
export const inlinePromo = defineRule({
  name: 'inline-promo',
  limits: { maxWords: 40, maxChars: 400 },
  phrases: { lead: INLINE },
  match(el, _ctx, { lead }) {
    const text = textOf(el).replace(/^[([]\s*/, '');
    // A separator within reach of the start, or there is no lead-in.
    if (!/[:»>|]|\s[-–—]\s/.test(text.slice(0, 70))) return null;
    const label = /^([^:»>|]{1,60}?)(\s*[:»>|]\s*|\s+[-–—]\s+)\S/.exec(text)?.[1]?.trim();
    if (!label || label.split(' ').length > 8 || !lead.test(label)) return null;
    if (linkDensity(el) >= 0.4 || (label.length > 3 && label === label.toUpperCase())) return [el];
    return null;
  },
});

/**
 * Promos in brackets between paragraphs: "[Related: Salesforce Dreamforce keynote]", "[Read: Why
 * Tunisia suffers]", "[Our latest forecast: …]": the whole line in brackets, with a link.
 */
export const bracketPromo = defineRule({
  name: 'bracket-promo',
  limits: { maxWords: 40, maxChars: 300 },
  match(el) {
    const text = textOf(el);
    if (!/^\[[^\]]+\]$/.test(text)) return null;
    const links = el.getElementsByTagName('a').length + (tagOf(el) === 'A' ? 1 : 0);
    if (!links) return null;
    // "[Engadget]" after a quote names its source: a promo says more than a name.
    if (/^\[[^\]:]{1,40}:/.test(text)) return [el];
    return linkDensity(el) >= 0.5 && wordsOf(el) >= 4 ? [el] : null;
  },
});

/** Blocks of the story a lone headline link stands after. */
function isParagraphLike(el: Element | null): boolean {
  if (!el) return false;
  const tag = tagOf(el);
  return (
    tag === 'P' || tag === 'BLOCKQUOTE' || /^H[2-6]$/.test(tag) || tag === 'UL' || tag === 'OL'
  );
}

/** A paragraph wrapped whole in one `<strong>`/`<em>`/`<b>`, mostly a link. */
function emphasisedPromo(el: Element): boolean {
  const only = el.children.length === 1 ? el.firstElementChild : null;
  if (!only || !/^(STRONG|B|EM|I)$/.test(tagOf(only)) || textOf(only) !== textOf(el)) return false;
  return el.getElementsByTagName('a').length === 1 && linkDensity(el) >= 0.6;
}

/** Tracking parameters of paid and affiliate links. */
const PAID_LINK = /[?&]utm_medium=(cpc|ppc|paid|paidsocial|affiliate|sponsored|native|display)\b/i;

/** Most letters in capitals: how some sites set their promoted headlines. */
function shouted(text: string): boolean {
  const letters = text.replace(/[^\p{L}]/gu, '');
  const upper = letters.replace(/[^\p{Lu}]/gu, '').length;
  return letters.length >= 12 && upper >= 0.9 * letters.length;
}

/** An element whose only visible content is one link. */
function onlyLink(el: Element): Element | null {
  const links = el.getElementsByTagName('a');
  if (links.length !== 1) return null;
  const a = links[0] as Element;
  const text = textOf(el);
  return textOf(a) === text ? a : null;
}

/**
 * A headline link standing alone between the story's paragraphs: a paragraph that is one link
 * to another article, worded as a headline (no full stop), after prose and before more of the
 * story. Runs of them go one by one.
 */
export const headlineLink = defineRule({
  name: 'headline-link',
  limits: { maxWords: 25, maxChars: 200 },
  match(el, ctx) {
    if (tagOf(el) !== 'P' || !ctx.seenProse) return null;
    const a = onlyLink(el) ?? (emphasisedPromo(el) ? el.getElementsByTagName('a')[0] : null);
    if (!a) return null;
    const text = textOf(el);
    const words = wordsOf(el);
    if (words < 4) return null;
    // A line set whole in bold or italics, mostly a link: "Revivez le direct du vote…".
    if (emphasisedPromo(el) && isParagraphLike(siblingBlock(el, -1))) return [el];
    if (/[.:;,]$/.test(text) || !/^[\p{Lu}\p{N}'‘"“]/u.test(text)) return null;
    // "TAYLOR SWIFT CLEARED TO PERFORM…": a headline in capitals is a promo wherever it sits.
    if (shouted(text)) return [el];
    const href = a.getAttribute('href') ?? '';
    // A paid link (tracked as an ad) or a call to action ("… near you »") is a promo.
    if (PAID_LINK.test(href) || /[»→›]$/.test(text))
      return isParagraphLike(siblingBlock(el, -1)) ? [el] : null;
    const own = articleHref(href, ctx.host);
    if (own === null) return null;
    // Between parts of the story, not a list of sources at its end.
    const prev = siblingBlock(el, -1);
    const next = siblingBlock(el, 1);
    if (!isParagraphLike(prev) || !next || !textOf(next)) return null;
    if (own) return [el];
    // Another site's article stands alone when the story cites it; a run of them is a promo box,
    // and goes whole.
    const run = [el];
    for (let s = el.nextElementSibling; s && isLoneHeadline(s); s = s.nextElementSibling)
      run.push(s);
    return run.length >= 2 ? run : null;
  },
});

/** A paragraph that is one link worded as a headline. */
function isLoneHeadline(el: Element): boolean {
  return tagOf(el) === 'P' && !!onlyLink(el) && wordsOf(el) >= 4 && !/[.:;,]$/.test(textOf(el));
}

/** The nearest element sibling in `dir`, skipping other lone links and removed placeholders. */
function siblingBlock(el: Element, dir: 1 | -1): Element | null {
  let s = dir > 0 ? el.nextElementSibling : el.previousElementSibling;
  while (s && (s.hasAttribute('data-tidings-removed') || (tagOf(s) === 'P' && onlyLink(s)))) {
    s = dir > 0 ? s.nextElementSibling : s.previousElementSibling;
  }
  return s;
}

/**
 * Is `href` a link to an article page (a path with a slug or an id)? True on this site, false on
 * another site, null when it is no article link at all (a home page, a file, an anchor).
 */
function articleHref(href: string, host: string | undefined): boolean | null {
  if (!href || href.startsWith('#') || /^(mailto|tel|javascript):/i.test(href)) return null;
  let url: URL;
  try {
    url = new URL(href, 'http://relative.invalid/');
  } catch {
    return null;
  }
  if (/\.(pdf|docx?|xlsx?|jpe?g|png|gif|mp[34])$/i.test(url.pathname)) return null;
  const path = url.pathname.replace(/\/+$/, '');
  // A slug of several words, or a long numeric id: an article, not a home or section page.
  const slug = /[\p{L}\p{N}]+(-[\p{L}\p{N}]+){2,}/u.test(path) || /\d{5,}/.test(path);
  if (!slug) return null;
  const linkHost = url.hostname.replace(/^www\./, '');
  if (linkHost === 'relative.invalid') return true;
  if (!host) return false;
  return linkHost === host || linkHost.endsWith(`.${host}`) || host.endsWith(`.${linkHost}`);
}
