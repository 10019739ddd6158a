import { useCallback, useEffect, useState } from 'preact/hooks';
import { ReaderView } from '@/components/reader/reader-view';
import { entityNames } from '@/components/entity-chips';
import { sendMessage } from '@/utils/messaging';
import type { Article } from '@/utils/extract/types';
import type { Analysis, Entity } from '@/utils/nlp/types';
import { settingsItem, updateSettings, type ReaderSettings } from '@/utils/storage';

export interface HighlightRequest {
  label: string;
  names: readonly string[];
}

export interface ReaderAppProps {
  article: Article;
  initialSettings: ReaderSettings;
  /** Set by the controller when the popup asks to highlight an entity. */
  highlight: HighlightRequest | null;
  onHighlightChange: (highlight: HighlightRequest | null) => void;
  onClose: () => void;
}

function prefersDark(): boolean {
  return window.matchMedia?.('(prefers-color-scheme: dark)').matches ?? false;
}

/** The reader view's state: settings (persisted), the analysis from the background, restores. */
export function ReaderApp({
  article,
  initialSettings,
  highlight,
  onHighlightChange,
  onClose,
}: ReaderAppProps) {
  const [settings, setSettings] = useState(initialSettings);
  const [systemDark, setSystemDark] = useState(prefersDark);
  const [analysis, setAnalysis] = useState<Analysis | null>(null);
  const [analysisError, setAnalysisError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const [restoredIds, setRestoredIds] = useState<string[]>([]);

  useEffect(() => {
    // Analysis and history run in the background, after the article is on screen.
    let live = true;
    sendMessage('readerOpened', { article }).then(
      (reply) => {
        if (!live) return;
        setAnalysis(reply.analysis);
        setSaved(reply.saved);
      },
      (error: unknown) => {
        if (live)
          setAnalysisError(
            `Key entities unavailable: ${String((error as Error)?.message ?? error)}`,
          );
      },
    );
    return () => {
      live = false;
    };
  }, [article]);

  useEffect(() => {
    const media = window.matchMedia?.('(prefers-color-scheme: dark)');
    const onChange = () => setSystemDark(media.matches);
    media?.addEventListener('change', onChange);
    // Settings changed elsewhere (another tab, the options page) apply here too.
    const unwatch = settingsItem.watch((next) => {
      if (next?.reader) setSettings((s) => ({ ...s, ...next.reader }));
    });
    return () => {
      media?.removeEventListener('change', onChange);
      unwatch();
    };
  }, []);

  const onSettingsChange = useCallback((change: Partial<ReaderSettings>) => {
    setSettings((s) => ({ ...s, ...change }));
    void updateSettings({ reader: change });
  }, []);

  const onToggleSaved = useCallback(() => {
    const next = !saved;
    setSaved(next);
    sendMessage('setSaved', { article, saved: next }).then(
      (reply) => setSaved(reply.saved),
      () => setSaved(!next),
    );
  }, [article, saved]);

  const onSelectEntity = useCallback(
    (entity: Entity) => {
      onHighlightChange(
        highlight?.label === entity.name
          ? null
          : { label: entity.name, names: entityNames(entity) },
      );
    },
    [highlight, onHighlightChange],
  );

  return (
    <ReaderView
      article={article}
      settings={settings}
      systemPrefersDark={systemDark}
      analysis={analysis}
      analysisError={analysisError}
      saved={saved}
      restoredIds={restoredIds}
      highlight={highlight}
      onClose={onClose}
      onSettingsChange={onSettingsChange}
      onToggleSaved={onToggleSaved}
      onSelectEntity={onSelectEntity}
      onClearHighlight={() => onHighlightChange(null)}
      onRestore={(id) => setRestoredIds((ids) => (ids.includes(id) ? ids : [...ids, id]))}
      onPrint={() => window.print()}
    />
  );
}
