import { defineRule } from './types';
import { textOf } from './dom';

/**
 * One-line promos for the site itself, per language: "Visit Business Insider's homepage for more
 * stories.", "Follow AP's full coverage of Brexit at https://…", "More AP NBA: https://…", and
 * series plugs that end in a call to action ("… Check it out here."). Short blocks only; the pitch
 * opens the line or closes it.
 */
/** First words of the promos above (a cheap look before the phrases). */
const OPENERS =
  /^(visit|follow|more|for|find|retrouvez|suivez|folgen|mehr|sigue|síguenos|acompanhe|siga|seguici|segui)\b/i;
const FOLLOWS = /^(follow|suivez|folgen|s[ií]gue|siga|segui)/i;

export const promoLine = defineRule({
  name: 'promo-line',
  limits: { maxWords: 35, maxChars: 300 },
  phrases: {
    follow: {
      at: 'whole',
      en: [
        "follow [\\p{L}\\p{N}@.'’ ]{1,40} on (facebook|twitter|x|instagram|threads|bluesky|linkedin|tiktok|youtube)((, | and | & )(facebook|twitter|x|instagram|threads|bluesky|linkedin|tiktok|youtube))*",
      ],
      fr: [
        "suivez[\\p{L}\\p{N}@.'’ ]{0,40} sur (facebook|twitter|x|instagram|linkedin)((, | et )(facebook|twitter|x|instagram|linkedin))*",
      ],
      de: [
        "folgen sie [\\p{L}\\p{N}@.'’ ]{1,40} (auf|bei) (facebook|twitter|x|instagram)((, | und )(facebook|twitter|x|instagram))*",
      ],
      es: [
        "s[ií]gue(nos)?[\\p{L}\\p{N}@.'’ ]{0,40} en (facebook|twitter|x|instagram)((, | y )(facebook|twitter|x|instagram))*",
      ],
      pt: [
        "siga[\\p{L}\\p{N}@.'’ ]{0,40} n(o|a|as|os) (facebook|twitter|x|instagram)((, | e )(facebook|twitter|x|instagram))*",
      ],
      it: [
        "segui(teci|ci)?[\\p{L}\\p{N}@.'’ ]{0,40} su (facebook|twitter|x|instagram)((, | e )(facebook|twitter|x|instagram))*",
      ],
    },
    opens: {
      at: 'start',
      en: [
        "visit [\\p{L}\\p{N}.'’ ]{1,40}(homepage|home page|website) for more",
        "follow [\\p{L}\\p{N}.'’ ]{1,30} (full )?coverage",
        'more [\\p{Lu}\\p{N}]{2,10} [\\p{L} ]{1,20}: (https?://|www\\.)',
        'for more (stories|news|coverage|updates)( like this)?,? (visit|go to|follow|check out|see)',
        'find (more|all) (of )?(our|the latest) [\\p{L} ]{1,30} (coverage|stories|news) (at|on|here)',
      ],
      fr: [
        "retrouvez (tous nos|toutes nos|toute notre|l[’']ensemble de nos) ",
        "suivez (toute )?l[’']actualité .{0,40} sur",
      ],
      de: [
        'folgen sie (uns|[\\p{L}\\p{N} ]{1,30}) (auf|bei) ',
        'mehr (news|nachrichten) (auf|unter) ',
      ],
      es: ['sigue (toda )?la (información|actualidad) ', 'síguenos en '],
      pt: [
        'acompanhe (toda a|a) cobertura',
        'siga (o|a|nosso|nossa) [\\p{L}\\p{N} ]{1,30} n(o|as) ',
      ],
      it: ['seguici su ', 'segui (tutte le notizie|la diretta) '],
    },
    closes: {
      at: 'any',
      en: [
        '(check it out|read it|find out more|learn more|see them all|sign up) here\\.?$',
        'here\\.$',
      ],
      fr: ["(c[’']est|cliquez) ici\\.?$"],
      de: ['(hier|jetzt) (lesen|ansehen)\\.?$'],
      es: ['(léelo|consúltalo|míralo) aquí\\.?$'],
      pt: ['(confira|leia|veja) aqui\\.?$'],
      it: ['(leggi|scopri) qui\\.?$'],
    },
  },
  match(el, _ctx, { follow, opens, closes }) {
    const text = textOf(el);
    if ((OPENERS.test(text) && opens.test(text)) || (FOLLOWS.test(text) && follow.test(text)))
      return [el];
    // "Tech Enabled: CNET chronicles tech's role… Check it out here.": a named series, a plug, a
    // link to it. The label before the colon keeps story sentences out.
    if (!/^[\p{Lu}][^:.!?]{1,40}: /u.test(text) || !closes.test(text)) return null;
    const links = Array.from(el.getElementsByTagName('a'));
    const last = links[links.length - 1];
    return last && text.replace(/\.$/, '').endsWith(textOf(last).replace(/\.$/, '')) ? [el] : null;
  },
});
