import { onMessage } from '@/utils/messaging';
import {
  highlightEntity,
  onReaderOpened,
  saveFromReader,
  saveTabArticle,
  showCleanView,
} from './clean-view';
import { getPageState } from './page-state';

/**
 * Register the background's message handlers. Nothing is kept in memory between messages: the
 * worker may be stopped at any time, so each handler reads what it needs again.
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
  onMessage('readerOpened', ({ article }) => onReaderOpened(article), 'content');
  onMessage('setSaved', ({ article, saved }) => saveFromReader(article, saved), 'content');
}
