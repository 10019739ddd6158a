// The article types belong to the pure model; extraction produces them.
export type {
  Article,
  BlockRole,
  ExtractResult,
  NotArticle,
  RemovedBlock,
  TextBlock,
} from '../model/article';
