import { i18n } from '#i18n';

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
      {i18n.t('library.damaged', count)}{' '}
      <button type="button" class="lib-button lib-button-danger" disabled={busy} onClick={onDelete}>
        {i18n.t('library.deleteDamaged')}
      </button>
    </div>
  );
}
