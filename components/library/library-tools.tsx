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
  onPauseHistory: (paused: boolean) => void;
}

/** Human-readable bytes: "12.4 MB". */
export function formatBytes(bytes: number): string {
  const units = ['bytes', 'KB', 'MB', 'GB', 'TB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit++;
  }
  return `${unit === 0 ? value : value.toFixed(1)} ${units[unit]}`;
}

/** Export, import, clear and pause history, and the storage used. */
export function LibraryTools(props: LibraryToolsProps) {
  const { storage, message } = props;
  return (
    <div class="lib-tools">
      <p>
        {props.count} {props.count === 1 ? 'article' : 'articles'} in your history,{' '}
        {props.savedCount} saved.
      </p>
      <p class="lib-storage">
        {storage
          ? `Storage used: ${formatBytes(storage.usage)} of ${formatBytes(storage.quota)} available.`
          : 'Storage used: unknown.'}
      </p>
      <div class="lib-tool-row">
        <button type="button" disabled={props.busy} onClick={props.onExportJson}>
          Export library (JSON)
        </button>
        <button type="button" disabled={props.busy} onClick={props.onExportMarkdown}>
          Export as Markdown (zip)
        </button>
        <label class="lib-file">
          Import a Tidings export…
          <input
            type="file"
            accept="application/json,.json"
            disabled={props.busy}
            onChange={(e) => {
              const input = e.currentTarget;
              const file = input.files?.[0];
              input.value = '';
              if (file) props.onImport(file);
            }}
          />
        </label>
      </div>
      <div class="lib-tool-row">
        <label>
          <input
            type="checkbox"
            checked={!props.historyEnabled}
            onChange={(e) => props.onPauseHistory(e.currentTarget.checked)}
          />
          Pause history
        </label>
        <button type="button" disabled={props.busy} onClick={props.onClearHistory}>
          Clear history (keeps saved articles)
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
