import { i18n } from '#i18n';

/**
 * The interface's own language and direction: the browser's, never the article's (an Arabic
 * page does not turn the English toolbar around).
 */
export function uiLocale(): { lang: string; dir: 'ltr' | 'rtl' } {
  const lang = (i18n.t('@@ui_locale') || 'en').replace(/_/g, '-');
  return { lang, dir: i18n.t('@@bidi_dir') === 'rtl' ? 'rtl' : 'ltr' };
}

/** A message whose key is built at run time (a rule or kind name); `fallback` when it is missing. */
export function messageFor(key: string, fallback: string): string {
  const t = i18n.t as (key: string) => string;
  return t(key) || fallback;
}

/** "8 min read": whole minutes, never less than one, in the reader's language. */
export function readingTime(minutes: number): string {
  return i18n.t('readingTime', Math.max(1, Math.round(Number.isFinite(minutes) ? minutes : 1)));
}
