/**
 * Page furniture read from the words of a line: photo captions and credits, player messages, tweet
 * signatures, datelines and source lines. Extraction marks what the markup says
 * (`utils/extract/text.ts`); these rules catch what it cannot see (a caption in a plain `<p>`, a
 * credit under an image, plain text with no markup at all).
 */
import type { BlockRole, TextBlock } from '../extract/types';
import { fold, gazetteer } from './gazetteer';
import { STATE_ABBREVIATIONS } from './data/lexicon';

/** Photo agencies and picture desks: in a credit line they name who took the picture. */
export const PHOTO_AGENCIES = [
  'Getty Images',
  'Getty',
  'AFP',
  'AP',
  'AP Photo',
  'Associated Press',
  'Reuters',
  'EPA',
  'EPA-EFE',
  'Bloomberg',
  'Shutterstock',
  'Alamy',
  'iStock',
  'iStockphoto',
  'Corbis',
  'Xinhua',
  'Anadolu',
  'Sipa',
  'SIPA',
  'PA',
  'PA Images',
  'PA Wire',
  'NurPhoto',
  'ZUMA',
  'Zuma Press',
  'Rex',
  'Rex Features',
  'WireImage',
  'Polaris',
  'Redux',
  'dpa',
  'picture alliance',
  'Keystone',
  'ANSA',
  'Kyodo',
  'Yonhap',
  'TASS',
  'UPI',
  'Newscom',
  'Imagn',
  'USA TODAY Sports',
  'Icon Sportswire',
  'STF',
  'Pool',
  'Handout',
];

const AGENCY = PHOTO_AGENCIES.map((a) => a.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');

// "Media playback is unsupported on your device", "Your browser does not support the video tag".
const PLAYER =
  /^(?:media playback is (?:unsupported|not supported)|your browser (?:does not|doesn['’]t|can ?not) (?:support|play)|(?:this|the) (?:video|media|audio) (?:is (?:not )?(?:available|unavailable|loading)|can ?not be played|will (?:begin|play|start))|video (?:unavailable|loading|player)|(?:please )?(?:enable|turn on) javascript|now playing|skip (?:ad|advertisement)|(?:watch|play|replay|listen)(?: (?:video|now|live|the video))?:?$)/i;

// A tweet's signature line under an embedded tweet: "— Name (@handle) November 1, 2019".
const TWEET_SIGNATURE = /^[—–-]\s*.{1,80}\(@\w{1,30}\)\s+\p{L}+\.? \d{1,2}, \d{4}$/u;

// "Photo: Jane Doe/AP", "Image copyright Getty Images", "(Image credit: NASA)", "Foto: LA NACION",
// "Credit...Anna Moneymaker/The New York Times", "Main image credit: Getty", "(Bild: Hersteller)".
const CREDIT_START = new RegExp(
  '^[(\\[]?\\s*(?:(?:main|cover|top|header|lead|featured|hero)\\s+)?' +
    '(?:photo(?:graph)?s?|images?|pictures?|pics?|fotos?|bild(?:er)?|illustrations?|graphics?|' +
    'videos?|sources?|quelle|fuente|crédits?|credits?|copyright|courtesy)' +
    '(?:\\s+(?:credits?|copyright|courtesy)\\b|\\s*(?:by\\b|:|©|\\.{2,}|…|\\|))',
  'i',
);
const COPYRIGHT = /^[([]?\s*(?:©|ⓒ|\(c\)\s|copyright\b)/i;
// "Written by", "(Reporting by Will Dunham; Editing by Tom Brown)", "Additional reporting by".
const SOURCE_LINE =
  /^[([]?\s*(?:(?:written|reported|edited|compiled|produced|photographed|illustrated|translated)\s+by\b|(?:additional\s+)?reporting\s+by\b|editing\s+by\b|(?:updated|published|posted)\s*:)/i;
// "Nov. 20, 2019Updated: Nov. 20, 2019 1:35 a.m.": a date stamp line.
const DATE_STAMP =
  /^(?:\p{L}{3,9}\.? \d{1,2}, \d{4}|\d{1,2}[./]\d{1,2}[./]\d{2,4})\s*(?:updated|\d{1,2}:\d{2}|$)/iu;
// "FILE PHOTO: Traders work…", "FILE - In this…", "Pictured: …", "1of4Grass Valley's…".
const CAPTION_START =
  /^(?:FILE(?:\s+(?:PHOTO|PICTURE|IMAGE))?\s*[:\-–—]|(?:PHOTO|Pictured|Above|Below|Top|Left|Right|Cover image|Image|Picture|Foto|Bild)\s*:|(?:[Ii]mage|[Mm]edia)\s+caption(?=\s|\p{Lu}|$)|\d{1,2}\s*of\s*\d{1,2}(?=\S))/u;
// Caption credits inside a line: "REUTERS/Brendan McDermid", "(AP Photo/Alan Diaz, File)", "[File: Reuters]".
const CAPTION_CREDIT = new RegExp(
  `(?:\\b(?:REUTERS|AFP|AP Photo|Getty Images|EPA-EFE|EPA|Xinhua)\\s*\\/\\s*\\p{Lu}|\\((?:${AGENCY})(?: Photo)?\\s*\\/[^)]*\\)\\s*$|\\[File:[^\\]]*\\]\\s*$|\\((?:Photo|Image|Picture|Credit)s?(?: by|:)[^)]*\\)\\s*$|\\/(?:${AGENCY})(?: via (?:${AGENCY}))?\\)?\\s*$)`,
  'u',
);
// "Related: …", "Read more: …", "Leggi anche", "Like this story? Share it with a friend!".
const PROMO =
  /^[([]?\s*(?:related(?: articles?| stories| coverage)?\s*:|read (?:more|also|next)\b|see also\b|more\s*:|leggi anche\b|lire aussi\b|à lire aussi\b|lesen sie auch\b|mehr zum thema\b|lee también\b|leia também\b|like this story\?|share (?:this|it)\b|sign up\b|subscribe\b|follow us\b|click here\b|advertisement$|highlights$)/i;

// "Meg Kinnard and Errin Haines, Associated Press": the writers and their agency, no sentence.
const AUTHORS_AGENCY = new RegExp(
  `^\\p{Lu}[\\p{L}.'’-]*(?:\\s+(?:\\p{Lu}[\\p{L}.'’-]*|and|&|,))*,\\s*(?:The\\s+)?(?:${AGENCY}|Associated Press|Agence France-Presse|Bloomberg News)\\.?$`,
  'u',
);
const VIA_SOURCE =
  /\svia\s+@?(?:\p{Lu}|\p{Ll}\p{Lu})[\p{L}\p{N}.&-]*(?:\s+\p{Lu}[\p{L}\p{N}.&-]*){0,3}$/u;

/** Markers of a bibliographic citation: identifiers, "Retrieved <date>", an archive note. */
const CITATION =
  /\b(?:ISBN|ISSN|OCLC|PMID|S2CID|Bibcode)\b|\bdoi:\s?10\.|\bRetrieved(?: on)? (?:\d{1,2} \p{L}+ \d{4}|\p{L}+ \d{1,2}, \d{4}|\d{4}-\d{2}-\d{2})|\bArchived from the original\b/u;

const wordCount = (s: string): number =>
  s.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;

/** A short line of names split by "/" or "|": "Sakib Ali/Hindustan Times/Getty Images". */
function isNameCredit(line: string): boolean {
  if (wordCount(line) > 10 || /[.!?:;"“”]$/.test(line)) return false;
  const parts = line.split(/\s*[/|]\s*/).filter(Boolean);
  if (parts.length < 2) return false;
  return parts.every((p) => /^\p{Lu}/u.test(p) && wordCount(p) <= 5 && !/[.!?]\s/.test(p));
}

/**
 * The role of one line, from its words: a story line (`paragraph`, `heading`, …) keeps its role
 * unless it reads as a caption, a credit or player/promotion text.
 */
export function lineRole(text: string, role: BlockRole = 'paragraph'): BlockRole {
  if (role === 'caption' || role === 'credit' || role === 'embed') return role;
  const line = text.trim();
  const words = wordCount(line);
  if (PLAYER.test(line) || TWEET_SIGNATURE.test(line) || /\bpic\.twitter\.com\//.test(line))
    return 'embed';
  if (words <= 16 && PROMO.test(line)) return 'embed';
  // A bare link: "bit.ly/2Xyz", "https://…", "www.site.com/page".
  if (/^(?:https?:\/\/|www\.)\S+$|^[\w-]+(?:\.[\w-]+)+\/\S*$/i.test(line)) return 'embed';
  if (words <= 20 && (CREDIT_START.test(line) || COPYRIGHT.test(line) || SOURCE_LINE.test(line)))
    return 'credit';
  // "(Reporting by A and B in New York; additional reporting by C; Editing by D)": long, all credit.
  if (words <= 60 && /^[([]\s*(?:additional\s+)?(?:reporting|writing|editing)\s+by\b/i.test(line))
    return 'credit';
  if (words <= 16 && DATE_STAMP.test(line)) return 'credit';
  // A reference list's citation ("… Oxford University Press. ISBN 978-…", "Retrieved 2 May 2016"):
  // sources of the story, not the story.
  if (words <= 80 && CITATION.test(line)) return 'credit';
  if (isNameCredit(line)) return 'credit';
  if (words <= 12 && AUTHORS_AGENCY.test(line)) return 'credit';
  if (words <= 80 && (CAPTION_START.test(line) || CAPTION_CREDIT.test(line))) return 'caption';
  // "16-inch MacBook Pro's new keyboard via iFixit": a picture's caption and its source, no sentence.
  if (words <= 20 && !/[.!?"”’]$/.test(line) && VIA_SOURCE.test(line)) return 'caption';
  return role;
}

/** A line of the article as the NLP reads it. */
export interface StoryLine extends TextBlock {
  /** Index of the block in the article. */
  block: number;
}

const normLine = (s: string): string =>
  s
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/**
 * The article's lines with their final roles: the markup's role, refined by the line's words; a line
 * that repeats part of another line (a pull quote set beside the paragraph it quotes) becomes a
 * quote; a line that is the byline (or "By" + it) becomes a credit.
 */
export function storyLines(blocks: readonly TextBlock[], byline?: string | null): StoryLine[] {
  const lines = blocks.map((b, block) => ({ ...b, role: lineRole(b.text, b.role), block }));
  const by = byline ? normLine(byline) : '';
  const norms = lines.map((l) => normLine(l.text));
  // Pull quotes: a shorter line found inside a longer paragraph of the same article.
  const long = lines
    .map((l, i) => (l.role === 'paragraph' && (norms[i] ?? '').length >= 80 ? i : -1))
    .filter((i) => i >= 0);
  lines.forEach((l, i) => {
    const n = norms[i] ?? '';
    if (by && (n === by || n === `by ${by}`)) {
      l.role = 'credit';
      return;
    }
    if (l.role !== 'paragraph' || n.length < 40 || lines.length > 2_000) return;
    for (const j of long) {
      if (j !== i && (norms[j] ?? '').length > n.length && (norms[j] ?? '').includes(n)) {
        l.role = 'quote';
        return;
      }
    }
  });
  return lines;
}

// "NEW YORK (Reuters) - ", "BUFFALO, N.Y. — ", "HANOI, Vietnam (AP) — ", "VATICAN CITY—",
// "LONDON, Nov 19 (Reuters) -", "(Reuters) — ", "Hong Kong (CNN Business)": where and by whom.
const DATELINE = new RegExp(
  '^(?:' +
    // A place in capitals, optionally ", State/Country", optionally a date, optionally "(Agency)".
    "((?:\\p{Lu}[\\p{Lu}\\p{M}.'’-]+)(?:[ /]\\p{Lu}[\\p{Lu}\\p{M}.'’-]*){0,3}" +
    "(?:,\\s*\\p{Lu}[\\p{L}.'’]*(?:\\s\\p{Lu}[\\p{L}.'’]*){0,3})?" +
    '(?:,?\\s*\\p{Lu}\\p{Ll}{2,8}\\.?\\s\\d{1,2})?)' +
    '\\s*(\\([^)]{1,40}\\))?\\s*[—–-]{1,2}\\s*' +
    // …or just "(Agency) — ".
    '|(\\([^)]{1,40}\\))\\s*[—–-]{1,2}\\s*' +
    // …or CNN's "Hong Kong (CNN Business)" glued to the first word.
    '|((?:\\p{Lu}[\\p{L}.]*\\s?){1,3})(\\((?:CNN|CNN Business|CNN Money)\\))\\s*' +
    ')',
  'u',
);

const COLON_DATELINE =
  /^(\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){0,2}(?:, \p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){0,2}){1,2}):\s+/u;

const MIXED_DATELINE =
  /^(\p{Lu}[\p{Ll}\p{M}'’-]+(?: \p{Lu}[\p{Ll}\p{M}'’-]+){0,2}(?:,\s*\p{Lu}[\p{L}.'’]*(?:\s\p{Lu}[\p{L}.'’]*){0,2})?)\s*(?:\([^)]{1,40}\))?\s*(?:[—–]{1,2}| - )\s*/u;

/** "Indianapolis", "Dekalb, Ill.", "Hanoi, Vietnam": a place the word lists know, or one before a state. */
function knownPlace(place: string): boolean {
  const g = gazetteer('en');
  const [town = '', region = ''] = place.split(/,\s*/);
  return (
    g.places.has(fold(town)) ||
    STATE_ABBREVIATIONS.has(region) ||
    (region !== '' && g.places.has(fold(region)))
  );
}

/** A line's opening dateline and source, split from the story. */
export interface Dateline {
  /** The place, e.g. "NEW YORK", "BUFFALO, N.Y.", or "" when the line opens with a source only. */
  place: string;
  /** The story without the dateline. */
  rest: string;
}

/** The dateline opening a line ("AUSTIN (KXAN) — …"), or null when the line has none. */
export function splitDateline(line: string): Dateline | null {
  // "Washington, DC, United States: Getting to the Moon…": a place and its region before a colon.
  const colon = COLON_DATELINE.exec(line);
  if (colon) {
    const rest = line.slice(colon[0].length);
    if (/^["“‘']?\p{Lu}/u.test(rest) && wordCount(rest) >= 3)
      return { place: colon[1] ?? '', rest };
  }
  const m = DATELINE.exec(line);
  if (!m) {
    // "Indianapolis – Several thousand…", "Dekalb, Ill. — Mike Glass threw…": a place the lists know.
    const mixed = MIXED_DATELINE.exec(line);
    if (!mixed || !knownPlace(mixed[1] ?? '')) return null;
    const rest = line.slice(mixed[0].length);
    if (!/^["“‘']?\p{Lu}/u.test(rest) || wordCount(rest) < 3) return null;
    return { place: (mixed[1] ?? '').trim(), rest };
  }
  const place = (m[1] ?? m[4] ?? '').trim();
  const rest = line.slice(m[0].length);
  // A dateline is followed by the story's first words; "U.S. - China talks" is not one.
  if (!/^["“‘']?\p{Lu}/u.test(rest) || wordCount(rest) < 3) return null;
  // Without a dash-free CNN source, the place must be in capitals ("MADRID", not "Madrid").
  // A place in mixed case is one when the word lists know it ("Indianapolis –", "Dekalb, Ill. —").
  if (m[1] !== undefined && !/\p{Lu}{2}/u.test(place) && !knownPlace(place)) return null;
  return { place, rest };
}

/** A site's own name prefixed to the first line: "PanARMENIAN.Net - Verified video…". */
export function stripSitePrefix(line: string, siteName?: string | null): string {
  const m = /^([\p{L}\p{N}][\p{L}\p{N}.-]{1,40}\.(?:net|com|org|ru|co\.uk|in))\s+[—–-]\s+/iu.exec(
    line,
  );
  if (m) return line.slice(m[0].length);
  if (siteName && siteName.length <= 40) {
    const esc = siteName.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const s = new RegExp(`^${esc}\\s*[—–-]\\s+`, 'i').exec(line);
    if (s) return line.slice(s[0].length);
  }
  return line;
}
