import { defineRule } from './types';
import { isProse, namesOf, tagOf, textOf, wordsOf } from './dom';

const SIGNUP_NAMES =
  /(^|[\s_-])(newsletters?|newsletter-?\w+|signup|sign-?up|subscribe|subscription|subscribe-?box|optin|opt-in|mailing-?list|email-?capture|paywall|piano)($|[\s_-])/;

/** Imperative pitches that open sign-up and subscription boxes. */
const PITCH = {
  at: 'start',
  en: [
    'sign up',
    'signup',
    'subscribe',
    'register',
    'click here to',
    'get (our|the|a|your)',
    'join',
    'want (more|the|our)',
    'never miss',
    "don['’]?t miss",
    'enter your email',
    'already (a )?(subscriber|registered|have an account)',
    'support (our|independent|quality)',
    'become a (member|subscriber)',
    'to continue reading',
    'continue reading with',
    "we['’]?d love your support",
    'this (article|story|content) is (for|available to) (subscribers|members)',
  ],
  fr: [
    'inscrivez-vous',
    'abonnez-vous',
    'recevez',
    "s[’']inscrire",
    "s[’']abonner",
    'déjà abonné',
    'pour lire la suite',
    'soutenez',
  ],
  de: [
    'melden sie sich',
    'jetzt (anmelden|abonnieren|registrieren|bestellen)',
    'abonnieren sie',
    'registrieren sie sich',
    'sie sind bereits abonnent',
    'unterstützen sie',
  ],
  es: ['suscr[ií]bete', 'suscribite', 'regístrate', 'recib[eí]', 'ya eres suscriptor', 'apoya'],
  pt: ['assine', 'inscreva-se', 'cadastre-se', 'receba', 'já é assinante', 'apoie'],
  it: ['iscriviti', 'abbonati', 'registrati', 'ricevi', 'sei già abbonato', 'sostieni'],
} as const;

/** What a pitch is about. */
const TOPIC = {
  at: 'any',
  en: [
    'newsletters?',
    'inbox',
    'letterbox',
    'e-?mails?',
    'briefing',
    'digest',
    'alerts?',
    'subscribers?',
    'subscription',
    'subscribe',
    'sign up',
    'members?',
    'membership',
    'journalism',
    'log ?in',
    'sign in',
  ],
  fr: ['newsletters?', 'lettre', 'courriel', 'e-?mail', 'abonnés?', 'abonnement', 'journalisme'],
  de: ['newsletter', 'postfach', 'e-?mail', 'abo', 'abonnement', 'abonnenten?', 'journalismus'],
  es: [
    'bolet[ií]n',
    'newsletter',
    'correo',
    'e-?mail',
    'suscripción',
    'suscriptores?',
    'periodismo',
  ],
  pt: [
    'newsletter',
    'boletim',
    'e-?mail',
    'caixa de entrada',
    'assinatura',
    'assinantes?',
    'jornalismo',
    'e-?book',
  ],
  it: ['newsletter', 'e-?mail', 'abbonamento', 'abbonati', 'giornalismo'],
} as const;

/** A sign-up sentence anywhere in a short block. */
const SIGNUP_SENTENCE = {
  at: 'any',
  en: [
    '(sign up|subscribe|register)( now| today| here)? (for|to) [^.]{0,60}(newsletters?|briefing|digest|updates|alerts|magazine)',
    '(delivered|straight|direct(ly)?) (to|into|through) your (inbox|letterbox|mailbox)',
    'meet your inbox',
    '(also )?subscribe to this newsletter',
  ],
  fr: [
    'newsletter « [^»]{1,40} »',
    '« la lettre [^»]{1,40} »',
    'recevez (gratuitement )?(notre|la|nos) (newsletters?|lettres?)',
    'inscrivez-vous (à|a) (notre|la) (newsletter|lettre)',
  ],
  de: ['newsletter (abonnieren|bestellen)', '(zum|für den) newsletter (an)?melden'],
  es: [
    'suscr[ií]bete (a|al) (nuestro |nuestra )?(newsletter|bolet[ií]n)',
    'recib[eí] (nuestro|el|nuestra) (bolet[ií]n|newsletter)',
  ],
  pt: [
    'receba (em|no) seu e-?mail',
    'receba (a|nossa) newsletter',
    'assine (a|nossa) newsletter',
    'inscreva-se (na|em nossa) newsletter',
  ],
  it: ['iscriviti alla (nostra )?newsletter', 'ricevi la (nostra )?newsletter'],
} as const;

/**
 * Newsletter, sign-up and subscription boxes ("Sign up for our morning briefing", « La lettre des
 * idées », "Receba em seu email"), per language. Short blocks only, and either named so in the
 * markup or opening with an imperative pitch: a story paragraph that mentions a newsletter stays.
 * A box whose first line is the pitch goes whole (its plans and buttons with it).
 */
export const newsletterSignup = defineRule({
  name: 'newsletter-signup',
  limits: { maxWords: 200, maxChars: 3000 },
  phrases: { pitch: PITCH, topic: TOPIC, sentence: SIGNUP_SENTENCE },
  match(el, _ctx, { pitch, topic, sentence }) {
    const words = wordsOf(el);
    if (SIGNUP_NAMES.test(namesOf(el)) && words <= 80) return [el];
    if (tagOf(el) === 'LI' || (words > 120 && tagOf(el) === 'P')) return null;
    const text = textOf(el);
    if (words <= 45 && pitch.test(text) && topic.test(text)) return [el];
    if (words <= 40 && sentence.test(text)) return [el];
    // A box: the pitch as its first block, then plans, fields and buttons, no paragraph of prose
    // (a paragraph or a heading holds no blocks).
    if (/^(P|H[1-6])$/.test(tagOf(el))) return null;
    const first = el.firstElementChild;
    if (!first || first === el.lastElementChild) return null;
    const firstText = textOf(first);
    const pitched = (pitch.test(firstText) && topic.test(firstText)) || sentence.test(firstText);
    if (!pitched || wordsOf(first) > 45) return null;
    for (let c = first.nextElementSibling; c; c = c.nextElementSibling) {
      if (hasProseParagraph(c)) return null;
    }
    return [el];
  },
});

/** A paragraph of prose: the element or one of its paragraphs. */
function hasProseParagraph(el: Element): boolean {
  if (tagOf(el) === 'P') return isProse(el);
  return Array.from(el.getElementsByTagName('p')).some((p) => isProse(p));
}

/**
 * Membership, subscription and paywall pitches inside or after the story ("If you enjoyed this
 * article… Join NRPLUS", "Get access to … for as little as Rs 599", "Want more science? Get a
 * subscription of our sister publication", Le Monde's "one device at a time" notice), per language.
 * Also promo figures whose caption is such a pitch.
 */
export const subscriptionPitch = defineRule({
  name: 'subscription-pitch',
  limits: { maxWords: 70, maxChars: 600 },
  figures: true,
  phrases: {
    pitch: {
      at: 'any',
      en: [
        'if you (enjoyed|liked|value|appreciated) this (article|story|piece|post)',
        'get access to .{0,80} for (as little as|just|only)',
        '(subscribe|subscription) (to|of) our sister (title|publication|magazine)',
        'subscribe (now|today) (for|from) (as little as|just|only)',
        'for as little as [$£€₹]?\\s?(rs\\.? ?)?\\d',
        'support (our|independent) journalism',
        'become a (member|subscriber|supporter) (today|now)',
        'you have reached your (free )?(article|story) limit',
        'subscribe to continue reading',
      ],
      fr: [
        'sur un seul appareil à la fois',
        'lecture .{0,40}en cours sur un autre appareil',
        'abonnez-vous à partir de',
        '(cet article|la suite) est réservée? aux abonnés',
        'article réservé (à nos|aux) abonnés',
        'découvr(ez|ir) (nos|les) offres',
        'pourquoi voyez-vous ce message',
        'continuer à lire ici',
        'lecture restreinte',
      ],
      de: [
        'nur (für|mit) (abonnenten|abo|plus)',
        '(jetzt )?weiterlesen mit [\\p{L}+]{2,20}',
        'lesen sie (jetzt )?weiter mit [\\p{L}+]{2,20}',
        'jetzt (für|ab) \\d+([,.]\\d+)? ?€',
      ],
      es: [
        'este (contenido|artículo) es exclusivo para suscriptores',
        'suscr[ií]bete (desde|por) ',
        'suscr[ií]bete para seguir leyendo',
        'contenido exclusivo para suscriptores',
      ],
      pt: ['conteúdo exclusivo para assinantes', 'assine (a partir de|por) '],
      it: ['contenuto riservato agli abbonati', 'abbonati (a partire da|per) '],
    },
  },
  match(el, _ctx, { pitch }) {
    if (tagOf(el) === 'FIGURE') {
      const caption = el.getElementsByTagName('figcaption')[0];
      return caption && pitch.test(textOf(caption)) ? [el] : null;
    }
    const found = pitch.exec(textOf(el));
    if (!found) return null;
    // A paragraph of prose is a pitch only when it opens with one ("If you enjoyed this
    // article…"): a story sentence about supporting journalism stays.
    return !isProse(el) || found.index <= 3 ? [el] : null;
  },
});

/** Verbs of reported speech, in the six languages. */
const REPORTED =
  /\b(said|says|told|tells|according to|a déclaré|a dit|selon|sagte|sagt|laut|dijo|afirmó|según|disse|afirmou|segundo|ha detto|secondo)\b/i;

/**
 * App promos ("Download our app", "CLICK HERE TO GET THE FOX NEWS APP", "Have an Amazon Alexa
 * device? Now you can hear …"), per language: short blocks that open with the pitch.
 */
export const appPromo = defineRule({
  name: 'app-promo',
  limits: { maxWords: 30, maxChars: 250 },
  phrases: {
    app: {
      at: 'start',
      en: [
        "(download|get|install|try) (the|our) (free |new )?([\\p{L}\\p{N}&.'’-]+ ){0,4}app",
        "click here to (get|download) the ([\\p{L}\\p{N}&.'’-]+ ){0,4}app",
        'have an (amazon )?(alexa|echo|google home)( device)?\\?',
        'get (it|our app) on (google play|the app store)',
        'available (on|in) the app store',
      ],
      fr: ["téléchargez (gratuitement )?(l[’']|notre )(application|appli)"],
      de: [
        'laden sie (sich )?(jetzt )?(unsere|die) ([\\p{L}-]+ ){0,2}app',
        'jetzt (unsere|die) ([\\p{L}-]+ ){0,2}app',
      ],
      es: ['descarg(a|á|ue) (la|nuestra) (app|aplicación)'],
      pt: ['baixe (o|nosso) (app|aplicativo)'],
      it: ["scarica (l[’']|la nostra )(app|applicazione)"],
    },
  },
  match(el, _ctx, { app }) {
    const text = textOf(el);
    // Reported speech is the story's ("Get the app, the harbour master told fishermen").
    return app.test(text) && !REPORTED.test(text) ? [el] : null;
  },
});
