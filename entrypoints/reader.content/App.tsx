import { useCallback, useEffect, useState } from 'preact/hooks';
import { AutoCleanBar } from '@/components/reader/auto-clean-bar';
import { ReaderView } from '@/components/reader/reader-view';
import { entityNames } from '@/components/entity-chips';
import { sendMessage } from '@/utils/messaging';
import {
  toArticleContent,
  type Analysis,
  type Article,
  type Entity,
  type Reading,
  type ReaderSettings,
} from '@/utils/model';
import { updateReaderSettings, watchReaderSettings } from '@/utils/storage';

export interface HighlightRequest {
  label: string;
  names: readonly string[];
}

export interface ReaderAppProps {
  article: Article;
  /** Shown by clean view "anyway": not recorded in history unless saved. */
  forced: boolean;
  /** The tab's reading when the worker sent it with the request; else it is asked for. */
  initialReading: Reading | null;
  initialSettings: ReaderSettings;
  /** Set by the controller when the popup asks to highlight an entity. */
  highlight: HighlightRequest | null;
  onHighlightChange: (highlight: HighlightRequest | null) => void;
  onClose: () => void;
  /** Set when clean view opened by itself on this site: the bar to leave it or stop it. */
  auto: { site: string; onStop: () => void } | null;
}

/** Delays between tries of a request to the worker: a worker stopped mid-answer gets another chance. */
const RECORD_RETRIES_MS = [300, 1500, 5000];

function prefersDark(): boolean {
  return window.matchMedia?.('(prefers-color-scheme: dark)').matches ?? false;
}

const errorText = (error: unknown) =>
  error instanceof Error ? error.message : String(error ?? 'unknown error');

/** The reader view's state: settings (persisted), the tab's reading, the history write, restores. */
export function ReaderApp({
  article,
  forced,
  initialReading,
  initialSettings,
  highlight,
  onHighlightChange,
  onClose,
  auto,
}: ReaderAppProps) {
  const [settings, setSettings] = useState(initialSettings);
  const [systemDark, setSystemDark] = useState(prefersDark);
  const [analysis, setAnalysis] = useState<Analysis | null>(initialReading?.analysis ?? null);
  const [analysisError, setAnalysisError] = useState<string | null>(null);
  const [saved, setSaved] = useState(initialReading?.saved ?? false);
  const [restoredIds, setRestoredIds] = useState<string[]>([]);

  useEffect(() => {
    // The tab's one reading, unless it came with the request: asked for after the article is on
    // screen. The entities never wait for the history write.
    let live = true;
    // Asked again like the history write when the worker was stopped in the middle of answering:
    // the entities never depend on that write, nor on one worker's life.
    const read = (attempt: number): void => {
      sendMessage('getReading', { force: forced }).then(
        (reading) => {
          if (!live) return;
          setAnalysis(reading.analysis);
          setSaved(reading.saved);
        },
        (error: unknown) => {
          const wait = RECORD_RETRIES_MS[attempt];
          if (live && wait !== undefined) setTimeout(() => live && read(attempt + 1), wait);
          else if (live) setAnalysisError(`Key entities unavailable: ${errorText(error)}`);
        },
      );
    };
    if (!initialReading) read(0);
    // The history write, tried again when the worker was stopped in the middle of it.
    if (!forced) {
      const content = toArticleContent(article);
      // One id for this opening: a retry after the worker died mid-answer is not a second read.
      // (`crypto.randomUUID` needs a secure context; an http:// page is not one.)
      const readId = Array.from(crypto.getRandomValues(new Uint32Array(4)), (n) =>
        n.toString(36),
      ).join('-');
      const record = (attempt: number): void => {
        sendMessage('recordRead', { content, readId }).then(
          (reply) => {
            if (live) setSaved(reply.saved);
          },
          (error: unknown) => {
            const wait = RECORD_RETRIES_MS[attempt];
            if (live && wait !== undefined) setTimeout(() => live && record(attempt + 1), wait);
            else console.warn('[tidings] the read could not be recorded', error);
          },
        );
      };
      record(0);
    }
    return () => {
      live = false;
    };
  }, [article, forced, initialReading]);

  useEffect(() => {
    const media = window.matchMedia?.('(prefers-color-scheme: dark)');
    const onChange = () => setSystemDark(media.matches);
    media?.addEventListener('change', onChange);
    // Settings changed elsewhere (another tab, the options page) apply here too.
    const unwatch = watchReaderSettings(setSettings);
    return () => {
      media?.removeEventListener('change', onChange);
      unwatch();
    };
  }, []);

  const onSettingsChange = useCallback((change: Partial<ReaderSettings>) => {
    setSettings((s) => ({ ...s, ...change }));
    void updateReaderSettings(change);
  }, []);

  const onToggleSaved = useCallback(() => {
    const next = !saved;
    setSaved(next);
    sendMessage('setSaved', { saved: next, content: toArticleContent(article) }).then(
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
      speech={window.speechSynthesis}
      banner={
        auto && <AutoCleanBar site={auto.site} onShowOriginal={onClose} onStop={auto.onStop} />
      }
    />
  );
}
