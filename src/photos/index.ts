/** The photo pipeline: pure processing of uploaded bytes (no HTTP, no DB, no bot SDK). */
export { processPhoto } from './pipeline';
export { sniffImageType, type SniffedImageType } from './sniff';
export { photoMessageKey } from './messages';
export type {
  PhotoFailure,
  PhotoFailureCode,
  PhotoFinding,
  PhotoFindingCode,
  PhotoMetrics,
  PhotoOutcome,
  PhotoParams,
  PhotoSource,
  ProcessPhotoOptions,
} from './types';
