import { defineRule } from './types';
import { namesOf, textOf, wordsOf } from './dom';

const CONSENT_NAMES =
  /(^|[\s_-])(cookies?|cookie-?\w+|consent|gdpr|cmp|privacy-?(banner|notice|manager))($|[\s_-])/;

/**
 * Cookie and consent notices that got inside the article ("This site uses cookies… Accept"), per
 * language: named so in the markup, or a short block with consent wording.
 */
export const cookieConsent = defineRule({
  name: 'cookie-consent',
  limits: { maxWords: 120, maxChars: 3000 },
  phrases: {
    consent: {
      at: 'any',
      en: [
        'we use cookies',
        'uses cookies',
        'use of cookies',
        'cookie (policy|settings|preferences)',
        'accept (all )?cookies',
        'by continuing to (use|browse)',
        'manage (your )?(consent|preferences|privacy settings)',
        'consent to (the use|our use)',
      ],
      fr: [
        '(nous )?utilisons des cookies',
        'utilise des cookies',
        'accepter (tous )?les cookies',
        'en poursuivant votre navigation',
      ],
      de: [
        '(wir )?verwenden cookies',
        'verwendet cookies',
        '(alle )?cookies akzeptieren',
        'cookie-einstellungen',
      ],
      es: [
        'utilizamos cookies',
        'usamos cookies',
        'utiliza cookies',
        'aceptar (todas las )?cookies',
        'si continúa navegando',
      ],
      pt: [
        'utilizamos cookies',
        'usamos cookies',
        'utiliza cookies',
        'aceitar (todos os )?cookies',
        'ao continuar (a )?navegar',
      ],
      it: [
        'utilizziamo (i )?cookie',
        'usiamo (i )?cookie',
        'utilizza (i )?cookie',
        'accetta (tutti i )?cookie',
        'se continui (a|ad) utilizzare',
      ],
    },
  },
  match(el, _ctx, { consent }) {
    if (CONSENT_NAMES.test(namesOf(el))) return [el];
    return wordsOf(el) <= 70 && consent.test(textOf(el)) ? [el] : null;
  },
});
