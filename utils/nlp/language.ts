/**
 * The article's language: the page's `lang` when the text agrees, else what the text reads as.
 * Detection is franc-min (MIT, trigram profiles of 82 languages, ~50 KB gzipped): pages declare a
 * wrong `lang` often enough (an English story under `lang="de"`, a German one under `lang="en"`)
 * that the text has the last word when it is long enough to judge.
 */
import { francAll } from 'franc-min';

/** Languages whose names the entity finder reads (word lists, titles, organization heads). */
export const ENTITY_LANGUAGES: ReadonlySet<string> = new Set(['en', 'fr', 'de', 'es', 'it', 'pt']);

// franc answers in ISO 639-3; the popup, `Intl` and the page's `lang` speak ISO 639-1.
const ISO3_TO_1: Record<string, string> = {
  eng: 'en',
  fra: 'fr',
  deu: 'de',
  spa: 'es',
  ita: 'it',
  por: 'pt',
  nld: 'nl',
  rus: 'ru',
  ukr: 'uk',
  pol: 'pl',
  ces: 'cs',
  slk: 'sk',
  swe: 'sv',
  nob: 'nb',
  dan: 'da',
  fin: 'fi',
  hun: 'hu',
  ron: 'ro',
  tur: 'tr',
  ell: 'el',
  bul: 'bg',
  hrv: 'hr',
  srp: 'sr',
  bos: 'bs',
  slv: 'sl',
  lit: 'lt',
  lav: 'lv',
  est: 'et',
  cat: 'ca',
  glg: 'gl',
  eus: 'eu',
  arb: 'ar',
  pes: 'fa',
  heb: 'he',
  hin: 'hi',
  ben: 'bn',
  urd: 'ur',
  cmn: 'zh',
  jpn: 'ja',
  kor: 'ko',
  vie: 'vi',
  tha: 'th',
  ind: 'id',
  zlm: 'ms',
  tgl: 'tl',
  swh: 'sw',
  afr: 'af',
  azj: 'az',
  uzn: 'uz',
  kaz: 'kk',
  hye: 'hy',
  kat: 'ka',
  tam: 'ta',
  tel: 'te',
  mar: 'mr',
  guj: 'gu',
  kan: 'kn',
  mal: 'ml',
  pan: 'pa',
  npi: 'ne',
  sin: 'si',
  mya: 'my',
  khm: 'km',
  amh: 'am',
  hau: 'ha',
  yor: 'yo',
  ibo: 'ig',
  som: 'so',
  zul: 'zu',
  xho: 'xh',
  nya: 'ny',
  kin: 'rw',
};

/** Below this many letters a text says too little to overrule the page. */
const MIN_LETTERS = 200;
/** Below this many letters a text says too little to tell at all. */
const MIN_LETTERS_ALONE = 120;
/** Enough text to judge; more costs time and changes nothing. */
const SAMPLE_CHARS = 1_000;

/** Primary subtag of a BCP 47 tag, lower case ("en-US" → "en", "pt_BR" → "pt"); null if none. */
export function primaryLanguage(tag: string | null | undefined): string | null {
  const m = /^\s*([a-z]{2,3})(?:[-_]|$)/i.exec(tag ?? '');
  return m ? (m[1] as string).toLowerCase() : null;
}

/**
 * The language of `text` as an ISO 639-1 code ("und" when unknown): the page's declared `lang` unless
 * the text clearly reads as another language.
 */
export function detectLanguage(text: string, declared?: string | null): string {
  const page = primaryLanguage(declared);
  const sample = proseSample(text);
  const letters = sample.match(/\p{L}/gu)?.length ?? 0;
  if (page ? letters < MIN_LETTERS : letters < MIN_LETTERS_ALONE) return page ?? 'und';
  const ranked = francAll(sample, { minLength: 20 });
  const [top, score] = ranked[0] ?? ['und', 0];
  const detected = ISO3_TO_1[top] ?? (top === 'und' ? null : top);
  if (!detected) return page ?? 'und';
  if (!page || page === detected) return detected;
  // The page's language keeps its word when the text reads almost as well in it (franc's scores
  // are close together: a German text scores about 0.97 as English, a near tie is above 0.99).
  const pageScore = ranked.find(([code]) => ISO3_TO_1[code] === page)?.[1] ?? 0;
  return pageScore >= 0.99 * score ? page : detected;
}

/**
 * The text's running prose, up to {@link SAMPLE_CHARS}: lines of six words or more, most of them in
 * lower case. Results tables, lists of names and headlines read as any language to a trigram model
 * ("Feyenoord 3 Ajax 1" as Dutch), and say nothing of the language the story is written in.
 */
function proseSample(text: string): string {
  let out = '';
  for (const line of text.split('\n')) {
    const words = line.split(/\s+/).filter((w) => /\p{L}/u.test(w));
    if (words.length < 6) continue;
    const lower = words.filter((w) => /^[^\p{L}]*\p{Ll}/u.test(w)).length;
    // Scripts without case (Chinese, Arabic…) count as prose.
    if (lower < words.length / 2 && /\p{Lu}/u.test(line)) continue;
    out += (out ? '\n' : '') + line;
    if (out.length >= SAMPLE_CHARS) break;
  }
  return out.slice(0, SAMPLE_CHARS);
}
