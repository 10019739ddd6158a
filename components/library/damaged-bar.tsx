export interface DamagedBarProps {
  /** How many stored entries cannot be read. */
  count: number;
  busy: boolean;
  onDelete: () => void;
}

/**
 * Says that some stored entries are damaged (they are not listed, and exports leave them out) and
 * offers to delete them: one bad row never takes the library down with it.
 */
export function DamagedBar({ count, busy, onDelete }: DamagedBarProps) {
  if (count === 0) return null;
  return (
    <div class="lib-message lib-error" role="alert" data-testid="damaged-entries">
      {count === 1 ? '1 stored article is damaged' : `${count} stored articles are damaged`} and
      cannot be shown; exports save every other article.{' '}
      <button type="button" disabled={busy} onClick={onDelete}>
        Delete damaged entries
      </button>
    </div>
  );
}
