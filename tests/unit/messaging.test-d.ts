// Type-level test of the one message protocol (checked by `tsc` in `npm run check`): what each
// message carries and returns. A change here is a change of the protocol, on purpose.
import { expectTypeOf } from 'vitest';
import type { ActionResult, MessageData, MessageReturn, MessageType } from '../../utils/messaging';
import type {
  ArticleContent,
  AutoCleanMode,
  PageState,
  PageText,
  Reading,
} from '../../utils/model';

expectTypeOf<MessageType>().toEqualTypeOf<
  | 'getPageState'
  | 'openCleanView'
  | 'saveArticle'
  | 'highlightEntity'
  | 'getReading'
  | 'recordRead'
  | 'setSaved'
  | 'pageChanged'
  | 'getReaderFont'
  | 'keepOriginal'
  | 'stopAutoClean'
  | 'getAutoCleanState'
  | 'openAutoCleanView'
  | 'readPage'
  | 'getArticleContent'
  | 'showReader'
  | 'highlightMentions'
>();

// popup → background
expectTypeOf<MessageData<'getPageState'>>().toEqualTypeOf<{ tabId: number }>();
expectTypeOf<MessageReturn<'getPageState'>>().toEqualTypeOf<PageState>();
expectTypeOf<MessageReturn<'openCleanView'>>().toEqualTypeOf<ActionResult>();

// content → background: the reader never sends the article back, only what history keeps.
expectTypeOf<MessageData<'getReading'>>().toEqualTypeOf<{ force?: boolean }>();
expectTypeOf<MessageReturn<'getReading'>>().toEqualTypeOf<Reading>();
expectTypeOf<MessageData<'recordRead'>>().toEqualTypeOf<{
  content: ArticleContent;
  readId: string;
}>();

// detector → background: the page's address only; the answer is all the detector needs.
expectTypeOf<MessageData<'getAutoCleanState'>>().toEqualTypeOf<{ url: string }>();
expectTypeOf<MessageReturn<'getAutoCleanState'>>().toEqualTypeOf<{
  mode: AutoCleanMode | null;
  original: boolean;
}>();
expectTypeOf<MessageReturn<'openAutoCleanView'>>().toEqualTypeOf<{ open: boolean }>();

// background → content: the analysis gets text, never HTML.
expectTypeOf<MessageReturn<'readPage'>>().toEqualTypeOf<PageText>();
expectTypeOf<PageText>().not.toHaveProperty('contentHtml');
