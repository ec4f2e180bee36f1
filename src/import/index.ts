/** Bulk import, file side: parse and vet an upload, check rows with an injected validator, template, error report. */
export { IMPORT_COLUMNS, MANDATORY_COLUMNS, REPORT_COLUMN, normaliseHeader } from './types';
export type { FileProblem, FileProblemCode, ImportColumn, ParsedImport, RawRow, RowProblem } from './types';
export { DEFAULT_IMPORT_LIMITS, toMb, type ImportLimits } from './limits';
export { parseImportFile } from './parse';
export { findPhotoForRow, type PhotoMatch } from './photos';
export { checkRows, type CheckOptions, type CheckResult, type RowVerdict } from './check';
export {
  buildTemplate,
  nationalityCode,
  nationalityLabel,
  CARD_TYPES,
  EXAMPLE_IDENTITY,
  isTemplateExample,
  TEMPLATE_ROWS,
} from './template';
export { buildErrorReport } from './report';
export { describeFileProblem, describePhotoProblem } from './messages';
export { displayFileName } from './fileName';
