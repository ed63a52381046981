/**
 * The local library's public API. Extension pages (popup, reader, library) and the background call
 * these; content scripts never do. Records live in IndexedDB (schema.ts), one transaction per write (db.ts).
 */
export type { SavedArticle, LibraryCard } from './schema';
export type { SaveResult, SaveOptions } from './save';
export type { ChangeResult, DeleteResult, CardList, StorageUsage, TagChange, RemovedArticle, RestorableArticle } from './records';
export {
  findSavedByUrl,
  findSavedCopy,
  getSavedArticle,
  setReadingPosition,
  setRead,
  changeTags,
  setTags,
  deleteArticles,
  restoreArticles,
  listNewestCards,
  listAllCards,
  countArticles,
  storageUsage,
  normalizeTags,
} from './records';
export { saveArticle } from './save';
export { canonicalizeUrl, canonicalUrlOf } from './canonical-url';
export { onLibraryChange, closeLibrary, type LibraryChange } from './db';
export { exportLibrary, libraryToJson, libraryToMarkdownZip, libraryToHtml, readRecordsForExport, EXPORT_FORMAT, EXPORT_VERSION } from './export';
export { importLibrary, importLibraryFile, parseLibraryExport, type ImportResult } from './import';
export {
  addHighlight,
  changeHighlight,
  moveHighlights,
  deleteHighlight,
  restoreHighlights,
  listArticleHighlights,
  listRecentHighlights,
  listHighlightTags,
  type HighlightEntry,
  type HighlightChange,
  type RecentHighlightsOptions,
} from './highlights';
export { exportHighlightsJsonLd, highlightsToWebAnnotations, type AnnotatedHighlight } from './web-annotations';
