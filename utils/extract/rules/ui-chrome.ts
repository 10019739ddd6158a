import { defineRule } from './types';
import { namesOf, tagOf, textOf } from './dom';

/**
 * Labels of page widgets that end up as text when the widget's script does not run, per language:
 * gallery controls ("Image 1 of 9", "Gallery: Xbox One X | 14 Photos", "Loading photo gallery"),
 * player fallbacks ("Media playback is unsupported on your device"), toolbars ("Text size", "Print
 * Article", "Ouvir o texto", "Version zum Drucken"), reading times ("Tempo de leitura: 1 minuto"),
 * author links ("View author archive") and loaders. Whole-text matches only.
 */
const CHROME = {
  at: 'whole',
  en: [
    '(image|photo|picture|slide) \\d+ (of|/) ?/? ?\\d*',
    '\\d+ ?(of|/) ?\\d+',
    '(hide|toggle|show )?caption',
    'close',
    'enlarge( this)? (image|photo)',
    'expand',
    'collapse',
    'view (gallery|slideshow|all photos|full gallery|photos?)',
    'launch (gallery|slideshow)',
    'gallery: .{1,80}\\| ?\\d+ (photos|images)',
    '\\d+ (photos|images)',
    'media playback is (unsupported|not supported) on your device',
    'this (slideshow|video|content|embed) requires javascript\\.?',
    '(please )?enable javascript.{0,40}',
    'your browser does not support.{0,60}',
    'loading( content| photo gallery| gallery| video| comments| \\.\\.\\.)?',
    'text size',
    'print( article| this article| this page)?',
    'order reprints',
    'reprints?( & permissions)?',
    'sign in',
    'log in',
    'skip (ad|advert|advertisement)',
    'skip to (main )?content',
    'back to top',
    'scroll to top',
    'make \\w+ my homepage',
    'share this (article|story|page)',
    'ad feedback',
    'breaking( news)?',
    'exclusive',
    'advertisement',
    '\\d{1,3}',
    'continue reading( the main story| below)?',
    '(story|article) continues (below|after)( (the )?(advertisement|ad))?',
    'scroll (down )?to continue( with content| reading)?',
    'reuse this content',
    '(learn|read|see|show) more',
    'view author archive',
    'email the author',
    'follow on (twitter|x|facebook|instagram)',
    '(\\d+|one|two|three|four|five) min(ute)?s? read',
    'reading time:? .{1,15}',
    'powered by [\\p{L}\\p{N}.-]+( [\\p{L}\\p{N}.-]+)?',
    'permalink:? \\S{0,80}',
    'printer[- ]friendly( version)?',
    '[_=*~-]{5,}',
  ],
  fr: [
    'lire la suite',
    'voir (la|les) (photos?|galerie|vidéo)',
    "agrandir( l[’']image)?",
    'fermer',
    'chargement( en cours)?',
    'temps de lecture ?:? .{1,15}',
    'lecture ?:? \\d+ min(utes)?',
    "imprimer( l[’']article)?",
    'taille du texte',
  ],
  de: [
    'weiterlesen',
    'mehr lesen',
    '(bild|foto) \\d+ (von|/) \\d+',
    'schließen',
    'vergrößern',
    'wird geladen',
    'lesezeit:? .{1,15}',
    '(artikel )?drucken',
    'version zum drucken',
    'kommentare lesen( \\(\\d+ beiträge?\\))?',
    'forum zum thema:? .{0,60}',
    '« vorige \\| nächste »',
    'schriftgröße',
    '(der )?artikel (geht|wird) (unten|nach der werbung) weiter',
  ],
  es: [
    'leer más',
    'ver (más|fotos|galería|video)',
    'foto \\d+ de \\d+',
    'cerrar',
    'ampliar( imagen)?',
    'cargando',
    'tiempo de lectura:? .{1,15}',
    'imprimir',
    'tamaño de (letra|texto)',
  ],
  pt: [
    'leia mais',
    'ver (mais|fotos|galeria|vídeo)',
    '(foto|imagem) \\d+ de \\d+',
    'fechar',
    'ampliar( imagem)?',
    'carregando',
    'tempo de leitura:? .{1,20}',
    'imprimir',
    'ouvir o texto',
    '(diminuir|aumentar) (a )?fonte',
    'tamanho da fonte',
    'voltar',
    'erramos\\?',
    'envie sua notícia',
  ],
  it: [
    'leggi (tutto|di più)',
    'foto \\d+ di \\d+',
    'chiudi',
    'ingrandisci',
    'caricamento( in corso)?',
    'tempo di lettura:? .{1,15}',
    'stampa',
  ],
} as const;

/** A page address printed as plain text, not as a link (share widgets' fallbacks). */
const BARE_URL = /^(https?:\/\/|www\.)\S+$/i;

export const uiChrome = defineRule({
  name: 'ui-chrome',
  limits: { maxWords: 12, maxChars: 400 },
  phrases: { chrome: CHROME },
  match(el, _ctx, { chrome }) {
    const text = textOf(el);
    if (BARE_URL.test(text) && !el.getElementsByTagName('a').length && tagOf(el) !== 'A')
      return [el];
    return chrome.test(text) ? [el] : null;
  },
});

const COUNTER_NAMES =
  /(^|[\s_-])(counter|ticker|live-?(data|counter|ticker|widget|score)|data-?widget|stats?-?widget|scoreboard|view-?count|post-?views|read-?count)($|[\s_-])/;

/**
 * Counters and live data widgets: "3.409 letture", "651 comments", "1.2K shares", a block named
 * like a counter or ticker made mostly of figures. Per language for the counted things.
 */
export const counterWidget = defineRule({
  name: 'counter',
  limits: { maxWords: 30, maxChars: 300 },
  phrases: {
    counted: {
      at: 'whole',
      en: [
        '[\\d.,]+\\s?[km]? (views|reads|shares|comments|likes|votes|readers|reactions)',
        '(views|reads|shares|comments):? [\\d.,]+\\s?[km]?',
      ],
      fr: ['[\\d.,  ]+\\s?[km]? (vues|lectures|partages|commentaires|réactions)'],
      de: ['[\\d.,]+\\s?[km]? (aufrufe|kommentare|leser|mal gelesen)'],
      es: ['[\\d.,]+\\s?[km]? (visitas|lecturas|vistas|comentarios|compartidos)'],
      pt: ['[\\d.,]+\\s?[km]? (visualizações|leituras|comentários|compartilhamentos)'],
      it: ['[\\d.,]+\\s?[km]? (letture|visualizzazioni|commenti|condivisioni)'],
    },
  },
  match(el, _ctx, { counted }) {
    const text = textOf(el);
    if (counted.test(text)) return [el];
    if (!COUNTER_NAMES.test(namesOf(el))) return null;
    const digits = text.replace(/[^\d]/g, '').length;
    return digits >= 0.2 * text.replace(/\s/g, '').length ? [el] : null;
  },
});
