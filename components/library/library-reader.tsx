import { i18n } from '#i18n';
import { useMemo, useState } from 'preact/hooks';
import { entityNames } from '@/components/entity-chips';
import { ReaderView } from '@/components/reader/reader-view';
import { sanitizeOffline } from '@/utils/extract/sanitize-offline';
import type { WindowLike } from 'dompurify';
import type { Article } from '@/utils/model';
import type { LibraryEntry } from '@/utils/model';
import type { ReaderSettings } from '@/utils/model';

export interface LibraryReaderProps {
  entry: LibraryEntry;
  settings: ReaderSettings;
  systemPrefersDark: boolean;
  onClose: () => void;
  onToggleSaved: () => void;
  onSettingsChange: (change: Partial<ReaderSettings>) => void;
}

/** The stored clean copy in the reader view, offline, with a link to the original. */
export function LibraryReader(props: LibraryReaderProps) {
  const { entry } = props;
  const [highlight, setHighlight] = useState<{ label: string; names: readonly string[] } | null>(
    null,
  );
  const article = useMemo<Article>(
    () => ({
      isArticle: true,
      url: entry.readUrl,
      canonicalUrl: entry.url === entry.readUrl ? null : entry.url,
      title: entry.title,
      byline: entry.byline,
      siteName: entry.siteName ?? entry.site,
      publishedTime: entry.publishedTime,
      lang: entry.lang,
      dir: entry.dir,
      excerpt: entry.excerpt,
      // Read offline means offline: nothing in the stored (or imported) copy may fetch anything.
      contentHtml: sanitizeOffline(entry.contentHtml, window as unknown as WindowLike),
      text: entry.text,
      wordCount: entry.wordCount,
      readingMinutes: entry.readingMinutes,
      // The clutter the extractor removed is not kept in the library.
      removed: [],
    }),
    [entry],
  );
  const analysis = useMemo(() => ({ entities: entry.entities, summary: entry.summary }), [entry]);
  return (
    <div class="lib-reader" data-article-url={entry.url}>
      <ReaderView
        article={article}
        settings={props.settings}
        systemPrefersDark={props.systemPrefersDark}
        analysis={analysis}
        analysisError={null}
        saved={entry.saved}
        restoredIds={[]}
        highlight={highlight}
        onClose={props.onClose}
        closeLabel={i18n.t('reader.backToLibrary')}
        originalUrl={entry.url}
        onSettingsChange={props.onSettingsChange}
        onToggleSaved={props.onToggleSaved}
        onSelectEntity={(entity) =>
          setHighlight((h) =>
            h?.label === entity.name ? null : { label: entity.name, names: entityNames(entity) },
          )
        }
        onClearHighlight={() => setHighlight(null)}
        onRestore={() => undefined}
        onPrint={() => window.print()}
        speech={window.speechSynthesis}
      />
    </div>
  );
}
