import type { ClutterRule } from './types';
import { exceeds, isStoryElement, tagOf, textOf, wordsOf } from './dom';

/**
 * Labels of page widgets that end up as text when the widget's script does not run: gallery
 * controls ("Image 1 of 9", "Caption", "Close"), player fallbacks ("Media playback is unsupported
 * on your device", "This slideshow requires JavaScript."), toolbars ("Text size", "Print Article",
 * "Order Reprints"), loaders. Whole-text matches only.
 */
const CHROME =
  /^((image|photo|picture|slide|foto|imagem|bild) \d+ (of|\/|de|von) ?\/? ?\d+|\d+ ?(of|\/) ?\d+|caption|hide caption|toggle caption|show caption|close|enlarge( this)? (image|photo)|expand|collapse|view (gallery|slideshow|all photos|full gallery)|launch (gallery|slideshow)|media playback is (unsupported|not supported) on your device|this (slideshow|video|content|embed) requires javascript\.?|(please )?enable javascript.{0,40}|your browser does not support.{0,60}|loading( content)?( ?\.\.\.|…)?|text size|print( article| this article| this page)?|order reprints|reprints?( & permissions)?|sign in|log in|skip (ad|advert|advertisement)|back to top|scroll to top|make \w+ my homepage|share this (article|story|page)|ad feedback|breaking( news)?|advertisement|\d{1,3})$/i;

/** A page address printed as plain text, not as a link (share widgets' fallbacks). */
const BARE_URL = /^(https?:\/\/|www\.)\S+$/i;

export const uiChrome: ClutterRule = {
  name: 'ui-chrome',
  match(el, ctx) {
    if (el === ctx.root || isStoryElement(el)) return null;
    if (exceeds(el, 400)) return null;
    const words = wordsOf(el);
    if (words === 0 || words > 12) return null;
    const text = textOf(el);
    if (BARE_URL.test(text) && !el.getElementsByTagName('a').length && tagOf(el) !== 'A')
      return [el];
    return CHROME.test(text) ? [el] : null;
  },
};
