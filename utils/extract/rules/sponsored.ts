import { defineRule } from './types';
import { isHeading, isProse, isStoryElement, lengthOf, namesOf, tagOf, textOf } from './dom';

/**
 * Advertising, sponsored, paid and partner blocks marked in the markup: `class="sponsored-post"`,
 * `id="ad-slot-3"`, `data-ad-unit`, `.native-ad`, Taboola/Outbrain containers… Readability drops
 * many of them as "unlikely candidates" but not those inside the article body.
 */
const AD_NAMES =
  /(^|[\s_-])(sponsor(ed|ship)?|advert(isement|orial|ising)?|ads?|ad-?(slot|unit|container|wrapper|block|banner|box|placement|zone)|dfp|gpt-ad|adsbygoogle|native-?ad|paid-?(content|post|partner)|partner-?(content|box|post)|promoted|taboola|outbrain|commercial)($|[\s_-])/;

export const sponsoredBlock = defineRule({
  name: 'sponsored-block',
  // A wrapper named e.g. "ad-free-article" that holds the story itself is not an ad.
  limits: { maxShare: 0.5 },
  match(el) {
    const attrAd =
      el.hasAttribute('data-ad') ||
      el.hasAttribute('data-ad-unit') ||
      el.hasAttribute('data-sponsored');
    if (!attrAd && !AD_NAMES.test(namesOf(el))) return null;
    return [el];
  },
});

/**
 * The visible labels sites print above ads and paid content, per language. Matched only when the
 * label is the whole text of an element, so a sentence that mentions "sponsored" never is.
 */
const AD_LABEL = {
  at: 'whole',
  en: [
    'sponsored( ads?| content| posts?| links?| stories| deals?| by .{1,40})?',
    'advertisement',
    'advert',
    'advertising',
    'advertorial',
    'ads?',
    'paid (content|post|partnership|promotion|for by .{1,40})( by .{1,40})?',
    'partner (content|post)s?',
    '(content )?from our (partners|sponsors)',
    'promoted( content| stories| links| by .{1,40})?',
    'presented by .{1,40}',
    // A deal or post a sponsor pays for, said in one line: "This sponsored deal is brought to you by X."
    'this (sponsored )?(deal|post|article|content|story) (is|was) (brought to you|sponsored|paid for|presented) by .{1,40}',
  ],
  fr: ['publicité', 'pub', 'contenu sponsorisé', 'sponsorisé', 'article sponsorisé', 'partenariat'],
  de: ['anzeige', 'werbung', 'gesponsert', 'sponsored content'],
  es: ['publicidad', 'contenido patrocinado', 'patrocinado'],
  pt: ['publicidade', 'conteúdo patrocinado', 'patrocinado', 'publieditorial'],
  it: ['pubblicità', 'contenuto sponsorizzato', 'sponsorizzato'],
} as const;

/** The label at the start of `el`: el itself or its first descendant along first children. */
function leadingLabel(el: Element, label: RegExp): Element | null {
  let cur: Element | null = el;
  for (let depth = 0; cur && depth < 4; depth++) {
    if (lengthOf(cur) === 0) return null;
    if (lengthOf(cur) <= 200) {
      const text = textOf(cur);
      if (text.length <= 100 && label.test(text)) return cur;
    }
    // The label must be the first text of the block: no text before the first child element.
    for (let n = cur.firstChild; n && n !== cur.firstElementChild; n = n.nextSibling) {
      if (n.nodeType === 3 && n.nodeValue?.trim()) return null;
    }
    cur = cur.firstElementChild;
  }
  return null;
}

/**
 * A block headed by an ad label ("Sponsored Ads", "Advertisement", "Anzeige", "Publicité", "Paid
 * content"), wherever it sits, even between article paragraphs. The whole labelled container goes;
 * a label standing alone takes the non-prose block right after it (the ad itself) with it.
 */
export const sponsoredLabel = defineRule({
  name: 'sponsored-label',
  phrases: { label: AD_LABEL },
  match(el, ctx, { label }) {
    const head = leadingLabel(el, label);
    if (!head) return null;
    if (head !== el) {
      // A container the label heads; it must not be the story itself.
      return textOf(el).length > 0.5 * ctx.rootTextLength ? null : [el];
    }
    // A one-line sponsor notice is all there is to remove.
    if (/ by /i.test(textOf(el)) && textOf(el).split(' ').length > 5) return [el];
    const next = el.nextElementSibling;
    if (
      next &&
      !isProse(next) &&
      !isHeading(next) &&
      !isStoryElement(next) &&
      tagOf(next) !== 'P' &&
      textOf(next).length < 0.3 * ctx.rootTextLength
    ) {
      return [el, next];
    }
    return [el];
  },
});

/**
 * Affiliate and advertiser disclosures ("This post may contain affiliate links", "We may earn a
 * commission", "As an Amazon Associate I earn from qualifying purchases", "Advertiser disclosure"),
 * per language: a short block about the page's business, not the story.
 */
export const DISCLOSURE = {
  at: 'any',
  en: [
    '(contains?|includes?|may contain) (affiliate|sponsored|referral)( and/or referral)? links?',
    'may (earn|receive|get) (a |an )?(small )?(share of sales|(affiliate )?commission)',
    'earns? (a |an )?(small )?(affiliate )?commission (from|if|when|on)',
    'affiliate commission',
    'as an amazon associate',
    'amazon services llc associates program',
    'advertiser disclosure',
    '(income earning|paid) (auto )?affiliate links',
    '(we|this site|the site) (may )?(receives?|earns?) compensation',
    '(may be|is) compensated (by|through|when)',
    '(see|read) (my|our) (full )?(affiliate )?disclosure( page| policy)?',
  ],
  fr: [
    "liens? (d’|d'|en )?affiliation",
    'liens? affiliés?',
    '(pouvons|pourrions|peut|pourra|peuvent) (percevoir|toucher|recevoir) une (petite )?commission',
  ],
  de: [
    'affiliate-links?',
    'provisions-links?',
    '(erhalten|bekommen) wir (gegebenenfalls |ggf\\. |eventuell )?eine (kleine )?provision',
    'partnerlinks?',
  ],
  es: [
    'enlaces? (de )?afiliados?',
    '(podemos|puede|podría|podríamos) (recibir|ganar|obtener) una (pequeña )?comisión',
  ],
  pt: [
    'links? (de )?afiliados?',
    '(podemos|pode|poderá|poderemos) (receber|ganhar) uma (pequena )?comissão',
  ],
  it: [
    'link (di )?affiliazione',
    'link affiliati',
    '(potremmo|possiamo|può) (ricevere|guadagnare|percepire) una (piccola )?commissione',
  ],
} as const;

export const affiliateDisclosure = defineRule({
  name: 'affiliate-disclosure',
  limits: { maxChars: 400 },
  phrases: { disclosure: DISCLOSURE },
  match(el, _ctx, { disclosure }) {
    const text = textOf(el);
    if (!disclosure.test(text)) return null;
    // The disclosure must be most of the block: a product card that ends with "BGR may receive a
    // commission" keeps its product; its disclosure line goes on its own.
    const children = Array.from(el.children).filter(
      (c) => /^(P|DIV|LI|UL|OL|SECTION|H[1-6]|DL|DD|DT)$/.test(tagOf(c)) && textOf(c),
    );
    const parts =
      children.length >= 2 ? children.map((c) => textOf(c)) : text.split(/(?<=[.!?])\s+/);
    let said = 0;
    for (const part of parts) if (disclosure.test(part)) said += part.length;
    return said >= 0.5 * text.length ? [el] : null;
  },
});
