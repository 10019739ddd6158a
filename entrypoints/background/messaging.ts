import { onMessage, type Sender } from '@/utils/messaging';
import { autoCleanState, keepOriginal, openAutoCleanView, stopAutoClean } from './auto-clean';
import {
  highlightEntity,
  readingForReader,
  recordTabRead,
  saveTabArticle,
  saveTabContent,
  showCleanView,
} from './clean-view';
import { getPageState } from './page-state';
import { readerFontFiles } from './reader-font';
import { dropTabReading } from '@/utils/storage';

/** The tab of a content script's message (`onMessage(…, 'content')` has checked there is one). */
function tabOf(sender: Sender): number {
  const id = sender.tab?.id;
  if (id === undefined) throw new Error('This message must come from a tab.');
  return id;
}

/**
 * Register the background's message handlers. Nothing is kept in memory between messages: the
 * worker may be stopped at any time, so each handler reads what it needs (the tab's reading is
 * in session storage).
 */
export function setupMessaging(): void {
  // popup → background
  onMessage('getPageState', ({ tabId }) => getPageState(tabId), 'extension-page');
  onMessage(
    'openCleanView',
    ({ tabId, force }) => showCleanView(tabId, { open: true, force }),
    'extension-page',
  );
  onMessage('saveArticle', ({ tabId, saved }) => saveTabArticle(tabId, saved), 'extension-page');
  onMessage(
    'highlightEntity',
    ({ tabId, names }) => highlightEntity(tabId, names),
    'extension-page',
  );

  // content (reader view) → background
  onMessage(
    'getReading',
    ({ force }, sender) => readingForReader(tabOf(sender), sender.url, force === true),
    'content',
  );
  onMessage(
    'recordRead',
    ({ content, readId }, sender) => recordTabRead(tabOf(sender), sender.url, content, readId),
    'content',
  );
  onMessage(
    'setSaved',
    ({ saved, content }, sender) => saveTabContent(tabOf(sender), sender.url, content, saved),
    'content',
  );
  onMessage('pageChanged', (_data, sender) => dropTabReading(tabOf(sender)), 'content');
  onMessage('getReaderFont', () => readerFontFiles(), 'content');
  onMessage(
    'keepOriginal',
    ({ url }, sender) => keepOriginal(tabOf(sender), url, sender.url),
    'content',
  );
  onMessage(
    'stopAutoClean',
    ({ url }, sender) => stopAutoClean(tabOf(sender), url, sender.url),
    'content',
  );

  // content (automatic clean view detector) → background
  onMessage(
    'getAutoCleanState',
    ({ url }, sender) => autoCleanState(tabOf(sender), url),
    'content',
  );
  onMessage(
    'openAutoCleanView',
    ({ url }, sender) => openAutoCleanView(tabOf(sender), url),
    'content',
  );
}
