// The article types belong to the pure model; extraction produces them.
export type { Article, ExtractResult, NotArticle, RemovedBlock } from '../model/article';
