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
      <button type="button" onClick={onUndo}>
        Undo
      </button>
      <button type="button" class="lib-link" aria-label="Dismiss" onClick={onDismiss}>
        ×
      </button>
    </div>
  );
}
