/** Words of the bar, in one place (the UI is translated later). */
const TEXT = {
  region: 'Automatic clean view',
  note: (site: string) => `Clean view opened by itself on ${site}.`,
  showOriginal: 'Show original',
  stop: 'Stop on this site',
};

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
    <div class="tr-auto" role="region" aria-label={TEXT.region}>
      <span class="tr-auto-note">{TEXT.note(site)}</span>
      <button type="button" class="tr-button" onClick={onShowOriginal}>
        {TEXT.showOriginal}
      </button>
      <button type="button" class="tr-button" onClick={onStop}>
        {TEXT.stop}
      </button>
    </div>
  );
}
