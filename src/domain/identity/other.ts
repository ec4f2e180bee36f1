import { fail, undated } from './result';
import type { CheckContext, SchemeResult } from './types';

// Nationalities whose numbers we do not check: the passport or national ID card number
// instead. ICAO machine-readable documents give it 9 characters at most; 6 is the shortest in
// use. A number without any digit is almost surely a name typed in the wrong field.
const DOCUMENT_NUMBER = /^(?=.*\d)[A-Z0-9]{6,9}$/;

export function checkDocumentNumber(ctx: CheckContext): SchemeResult {
  const compact = ctx.input.replace(/[\s-]+/g, '').toUpperCase();
  if (!DOCUMENT_NUMBER.test(compact)) return fail('format', ctx);
  return undated('document-number', { normalized: compact, display: compact });
}
