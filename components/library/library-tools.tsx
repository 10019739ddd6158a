import { useId } from 'preact/hooks';
import { i18n } from '#i18n';

export interface StorageFigures {
  /** Bytes used by the extension's storage (all of it, not only the library). */
  usage: number;
  /** Bytes the browser lets the extension use. */
  quota: number;
}

export interface LibraryToolsProps {
  count: number;
  savedCount: number;
  storage: StorageFigures | null;
  historyEnabled: boolean;
  busy: boolean;
  /** Result of the last import or export, or its error. */
  message: { kind: 'info' | 'error'; text: string } | null;
  onExportJson: () => void;
  onExportMarkdown: () => void;
  onImport: (file: File) => void;
  onClearHistory: () => void;
}

/** Human-readable bytes in the reader's language: "12.4 MB". */
export function formatBytes(bytes: number, lang?: string): string {
  const units = ['byte', 'kilobyte', 'megabyte', 'gigabyte', 'terabyte'];
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit++;
  }
  return new Intl.NumberFormat(lang, {
    style: 'unit',
    unit: units[unit],
    unitDisplay: 'short',
    maximumFractionDigits: unit === 0 ? 0 : 1,
  }).format(value);
}

/** Export, import, clear history, and the storage used. */
export function LibraryTools(props: LibraryToolsProps) {
  const { storage, message } = props;
  const fileId = useId();
  return (
    <div class="lib-tools">
      <p class="lib-tools-summary">
        {i18n.t('library.historyCount', props.count)} ·{' '}
        {i18n.t('library.savedCount', props.savedCount)}
      </p>
      <p class="lib-muted">
        {storage
          ? i18n.t('library.storageUsed', {
              used: formatBytes(storage.usage),
              quota: formatBytes(storage.quota),
            })
          : i18n.t('library.storageUnknown')}
      </p>
      {!props.historyEnabled && <p class="lib-notice">{i18n.t('library.historyPaused')}</p>}
      <div class="lib-tool-row">
        <button type="button" class="lib-button" disabled={props.busy} onClick={props.onExportJson}>
          {i18n.t('library.exportJson')}
        </button>
        <button
          type="button"
          class="lib-button"
          disabled={props.busy}
          onClick={props.onExportMarkdown}
        >
          {i18n.t('library.exportMarkdown')}
        </button>
      </div>
      <div class="lib-tool-row">
        {/* A styled label stands for the browser's file button ("Choose file / No file chosen"). */}
        <input
          id={fileId}
          type="file"
          class="lib-file-input"
          accept="application/json,.json"
          disabled={props.busy}
          aria-describedby={`${fileId}-hint`}
          onChange={(e) => {
            const input = e.currentTarget;
            const file = input.files?.[0];
            input.value = '';
            if (file) props.onImport(file);
          }}
        />
        <label for={fileId} class="lib-button" aria-disabled={props.busy}>
          {i18n.t('library.importFile')}
        </label>
        <span id={`${fileId}-hint`} class="lib-muted">
          {i18n.t('library.importHint')}
        </span>
      </div>
      <div class="lib-tool-row">
        <button
          type="button"
          class="lib-button lib-button-danger"
          disabled={props.busy}
          onClick={props.onClearHistory}
        >
          {i18n.t('library.clearHistory')}
        </button>
      </div>
      {message && (
        <p
          class={`lib-message lib-${message.kind}`}
          role={message.kind === 'error' ? 'alert' : 'status'}
        >
          {message.text}
        </p>
      )}
    </div>
  );
}
