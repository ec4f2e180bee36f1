import type { Request, Response, Server } from 'restify';
import { COUNTRIES } from '../domain/countries';
import { t } from '../i18n';
import { buildTemplate } from '../import';
import type { ImportJobRepository } from '../store/ports';
import type { UrlSigner } from './signing';

export const IMPORT_LINK_TTL_MS = 24 * 60 * 60 * 1000;
export const templatePath = (locale: 'en' | 'sv') => `/import/template-${locale}.xlsx`;
export const reportPath = (jobId: string) => `/import/${encodeURIComponent(jobId)}/report.xlsx`;
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

function refuse(res: Response, verdict: 'expired' | 'invalid'): void {
  res.writeHead(verdict === 'expired' ? 410 : 403, { 'content-type': 'text/plain; charset=utf-8' });
  res.end(verdict === 'expired' ? 'This link has expired. Type "import" in the chat for a new one.' : 'This link is not valid.');
}

function sendXlsx(res: Response, fileName: string, bytes: Buffer): void {
  res.writeHead(200, {
    'content-type': XLSX,
    'content-length': bytes.length,
    'content-disposition': `attachment; filename="${fileName}"`,
    'cache-control': 'private, no-store',
  });
  res.end(bytes);
}

/** The import template and error reports, only through signed, expiring links. */
export function importRoutes(imports: ImportJobRepository, signer: UrlSigner) {
  const templates = new Map<string, Promise<Buffer>>();
  return (server: Server) => {
    server.get('/import/:file', async (req: Request, res: Response) => {
      const match = /^template-(en|sv)\.xlsx$/.exec(String(req.params.file ?? ''));
      if (!match) return refuse(res, 'invalid');
      const locale = match[1] as 'en' | 'sv';
      const verdict = signer.verifyRequest(templatePath(locale), req.url);
      if (verdict !== 'ok') return refuse(res, verdict);
      if (!templates.has(locale)) {
        const nationalities = COUNTRIES.map((c) => ({ code: c.code, name: locale === 'sv' ? c.sv : c.en }));
        templates.set(locale, buildTemplate({ nationalities, locale }));
      }
      sendXlsx(res, locale === 'sv' ? 'id06-import-mall.xlsx' : 'id06-import-template.xlsx', await templates.get(locale)!);
    });
    server.get('/import/:jobId/report.xlsx', async (req: Request, res: Response) => {
      const jobId = String(req.params.jobId ?? '');
      const verdict = signer.verifyRequest(reportPath(jobId), req.url);
      if (verdict !== 'ok') return refuse(res, verdict);
      // The link is ours (signed): no report means it was deleted at confirm, discard or expiry.
      const report = await imports.report(jobId);
      if (!report) {
        res.writeHead(410, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' });
        res.end(`${t('en', 'bulk.report.gone')}\n${t('sv', 'bulk.report.gone')}`);
        return;
      }
      sendXlsx(res, 'id06-import-problems.xlsx', report);
    });
  };
}
