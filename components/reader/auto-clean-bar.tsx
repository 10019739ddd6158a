import { i18n } from '#i18n';

export interface AutoCleanBarProps {
  /** The site clean view opened by itself on (`news.example`). */
  site: string;
  /** Back to the page as the site shows it; it stays so in this tab. */
  onShowOriginal: () => void;
  /** No automatic clean view on this site any more. */
  onStop: () => void;
}

/** The small bar of a clean view that opened by itself: back to the original, or stop here. */
export function AutoCleanBar({ site, onShowOriginal, onStop }: AutoCleanBarProps) {
  return (
    <div class="tr-auto" role="region" aria-label={i18n.t('autoClean.region')}>
      <span class="tr-auto-note">{i18n.t('autoClean.bar.note', { site })}</span>
      <button type="button" class="tr-button" onClick={onShowOriginal}>
        {i18n.t('autoClean.bar.showOriginal')}
      </button>
      <button type="button" class="tr-button" onClick={onStop}>
        {i18n.t('autoClean.bar.stop')}
      </button>
    </div>
  );
}
