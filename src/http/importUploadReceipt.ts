import type { Request, Response } from 'restify';
import { t, type Locale } from '../i18n';
import { DEFAULT_IMPORT_LIMITS, toMb } from '../import';
import type { ServiceContext } from '../services/context';
import { acceptImportUpload, type ImportUploadOutcome } from '../services/uploads/acceptImportUpload';
import { readRawBody } from './rawBody';
import { sendJson } from './uploadResponses';
import { linkProblemMessage } from './uploadPage';

const MAX_BYTES = DEFAULT_IMPORT_LIMITS.maxUploadBytes;
/** Kept in memory while reading: the 20 MB rule plus a margin, so the answer can name the real size. */
export const IMPORT_READ_CAP = MAX_BYTES + 1024 * 1024;

export type AcceptedImportUpload = Extract<ImportUploadOutcome, { ok: true }>;

export interface ImportReceiptDeps {
  ctx: ServiceContext;
  /** Stores the file (awaited, so the page's "received" is true after a crash too), then continues in the chat without waiting for the check. */
  onImportReceived(upload: AcceptedImportUpload): Promise<void>;
}

/** The browser sends the picked file's name URI-encoded in a header (never in the URL). */
function headerFileName(req: Request): string | undefined {
  const raw = req.headers['x-file-name'];
  if (typeof raw !== 'string') return undefined;
  try {
    return decodeURIComponent(raw);
  } catch {
    return undefined;
  }
}

/**
 * POST of an import file to a usable import link: the raw bytes, at most 20 MB (413 above, the
 * link stays usable). The answer comes as soon as the file is received; the check runs in the
 * chat afterwards, so the page never waits for it.
 */
export function importUploadReceiver(deps: ImportReceiptDeps) {
  return async (req: Request, res: Response, link: { tokenId: string; locale: Locale }): Promise<void> => {
    const { locale } = link;
    const body = await readRawBody(req, IMPORT_READ_CAP);
    if (!body.ok || body.bytes.length > MAX_BYTES) {
      const sizeMb = body.ok ? toMb(body.bytes.length) : `> ${toMb(IMPORT_READ_CAP)}`;
      sendJson(res, 413, { ok: false, final: false, message: t(locale, 'bulk.file.too_large', { sizeMb, maxMb: toMb(MAX_BYTES) }) });
      return;
    }
    const outcome = await acceptImportUpload({
      ctx: deps.ctx,
      input: { tokenId: link.tokenId, bytes: body.bytes, fileName: headerFileName(req) },
    });
    if (outcome.ok) {
      await deps.onImportReceived(outcome);
      sendJson(res, 200, { ok: true });
    } else if (outcome.kind === 'empty') {
      sendJson(res, 422, { ok: false, final: false, message: t(locale, 'upload.import.empty') });
    } else {
      sendJson(res, 410, {
        ok: false,
        final: true,
        message: linkProblemMessage(locale, outcome.state === 'used' ? 'used' : 'expired', 'import'),
      });
    }
  };
}
