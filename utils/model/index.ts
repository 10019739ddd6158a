/**
 * The pure model of Tidings: the domain types every part shares and the mappings between them.
 * It imports nothing of the platform (no extension API, no DOM, no storage): messaging, storage,
 * the library, the components and the entrypoints import it, never the reverse.
 */
export * from './article';
export * from './analysis';
export * from './reading';
export * from './settings';
export * from './library';
