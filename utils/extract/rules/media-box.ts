import { defineRule } from './types';
import { isProse, namesOf, tagOf, wordsOf } from './dom';

const PLAYER_NAMES =
  /(^|[\s_-])(video|videos|video-?\w+|player|player-?\w+|jwplayer|jw-?\w+|brightcove|vjs|video-?js|ooyala|media-?player|embed|embed-?\w+|interactive|iframe-?\w*)($|[\s_-])/;

const PLAYER_SRC =
  /youtube|youtu\.be|vimeo|dailymotion|jwplayer|jwplatform|brightcove|\/video|\/embed|player|interactive/i;

/** Does `el` hold a video player or an embed: the element, or its player markup inside? */
function hasPlayer(el: Element): boolean {
  if (PLAYER_NAMES.test(namesOf(el))) return true;
  if (el.getElementsByTagName('video').length) return true;
  for (const frame of Array.from(el.getElementsByTagName('iframe'))) {
    if (PLAYER_SRC.test(frame.getAttribute('src') ?? frame.getAttribute('data-src') ?? ''))
      return true;
  }
  let seen = 0;
  for (const d of Array.from(el.getElementsByTagName('*'))) {
    if (++seen > 40) break;
    if (PLAYER_NAMES.test(namesOf(d))) return true;
  }
  return false;
}

/** A still image the box shows (a photo with a caption is a figure of the story, not a box). */
function hasPhoto(box: Element): boolean {
  for (const img of Array.from(box.querySelectorAll('img, picture'))) {
    let inPlayer = false;
    for (let cur: Element | null = img; cur && cur !== box; cur = cur.parentElement) {
      if (PLAYER_NAMES.test(namesOf(cur)) || /poster|thumb|play/i.test(namesOf(cur))) {
        inPlayer = true;
        break;
      }
    }
    if (!inPlayer) return true;
  }
  return false;
}

/**
 * Video boxes and embeds the reader cannot play: a player (or its remains, once the player's
 * frame is gone) with its title, duration and blurb ("Day 3, Part 10: Tim Morrison's opening
 * statement", "Video shows dramatic rescue of kidnapped girl"), or an interactive's fallback link.
 * A box named as a player may hold a one-paragraph blurb; a block that merely contains a player
 * only a title. A figure with a photo stays.
 */
export const videoBox = defineRule({
  name: 'video-box',
  // A video post's own box is its story: a box never takes most of the article.
  limits: { maxWords: 70, maxChars: 600, maxShare: 0.5 },
  figures: true,
  match(el, ctx) {
    const tag = tagOf(el);
    if (tag === 'P' || tag === 'LI' || /^H[1-6]$/.test(tag)) return null;
    const named = PLAYER_NAMES.test(namesOf(el));
    if (!(named || hasPlayer(el)) || hasPhoto(el)) return null;
    // Embedded posts, tables and lists are content, whatever their wrapper is called.
    if (el.querySelector('blockquote, table, ul, ol, pre')) return null;
    const prose = Array.from(el.getElementsByTagName('p')).filter((p) => isProse(p));
    if (named) return prose.length <= 1 ? [el] : null;
    // A block that merely holds a player, inside the story (after its first paragraph, or a lead
    // video the story's paragraphs follow): a video post's own player and caption are its story.
    if (prose.length || wordsOf(el) > 20) return null;
    return ctx.seenProse || proseFollows(el) ? [el] : null;
  },
});

/** Is one of the next few blocks a paragraph of prose (the story goes on after `el`)? */
function proseFollows(el: Element): boolean {
  let s = el.nextElementSibling;
  for (let i = 0; s && i < 3; i++, s = s.nextElementSibling) {
    if (isProse(s)) return true;
    if (Array.from(s.getElementsByTagName('p')).some((p) => isProse(p))) return true;
  }
  return false;
}

const DIALOG_NAMES = /(^|[\s_-])(modal|dialog|popup|pop-up|lightbox)($|[\s_-])/;

/**
 * Dialogs, pop-ups and modals the page opens on demand ("Make MSN my homepage" with its steps, a
 * paywall or login modal): marked `role=dialog`, `<dialog>`, `aria-modal`, or named so. Never the
 * story itself: a short block without prose.
 */
export const dialogBox = defineRule({
  name: 'dialog',
  limits: { maxWords: 150, maxShare: 0.3 },
  match(el) {
    const role = el.getAttribute('role') ?? '';
    const isDialog =
      tagOf(el) === 'DIALOG' ||
      /^(dialog|alertdialog)$/.test(role) ||
      el.getAttribute('aria-modal') === 'true' ||
      DIALOG_NAMES.test(namesOf(el));
    if (!isDialog) return null;
    for (const p of Array.from(el.getElementsByTagName('p'))) if (isProse(p)) return null;
    return [el];
  },
});

const HOVER_CARD =
  /(rollover|hover|tooltip|popover)[\w-]*(block|card|content|body|box|panel|popup)/;

/**
 * Hover cards inside sentences: the pop-up a site attaches to a name (a photo, the person's latest
 * headlines), shown only on hover, whose text otherwise runs into the sentence ("Rep. Ilhan
 * OmarIlhan OmarHillicon Valley: …"). Named so in the markup, holding links; the name stays.
 */
export const hoverCard = defineRule({
  name: 'hover-card',
  phrasing: true,
  limits: { maxWords: 100, maxShare: 0.2 },
  match(el) {
    if (!HOVER_CARD.test(namesOf(el))) return null;
    return el.getElementsByTagName('a').length >= 2 ? [el] : null;
  },
});
