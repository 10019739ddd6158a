import { i18n } from '#i18n';

export interface UndoBarProps {
  message: string;
  onUndo: () => void;
  onDismiss: () => void;
}

/** "Deleted 3 articles. Undo": shown after a deletion until dismissed or timed out. */
export function UndoBar({ message, onUndo, onDismiss }: UndoBarProps) {
  return (
    <div class="lib-undo" role="status">
      <span>{message}</span>
      <button type="button" class="lib-undo-button" onClick={onUndo}>
        {i18n.t('library.undo')}
      </button>
      <button
        type="button"
        class="lib-undo-dismiss"
        aria-label={i18n.t('library.dismiss')}
        onClick={onDismiss}
      >
        ×
      </button>
    </div>
  );
}
