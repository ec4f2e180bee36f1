import nodemailer from 'nodemailer';
import type { MailSettings } from '../config';
import type { Logger } from '../logger';
import { ReachFailure, type ApprovalMail, type Mailer } from '../services/reach/ports';

/**
 * Approval mails through the configured SMTP server (SMTP_URL, e.g. smtps://user:pass@host:465).
 * A 4xx reply or no answer is transient (the outbox retries); a 5xx reply is a refusal.
 */
export function smtpMailer(settings: MailSettings, log: Pick<Logger, 'warn'>): Mailer & { close(): void } {
  const transport = nodemailer.createTransport(settings.smtpUrl, { from: settings.from });
  return {
    async send(mail: ApprovalMail) {
      try {
        await transport.sendMail({ to: mail.to, subject: mail.subject, text: mail.text, html: mail.html });
      } catch (err) {
        const e = err as { responseCode?: number; code?: string; message?: string };
        // The server's reply and code, never the recipient or the mail itself.
        log.warn(
          { event: 'mail.failed', responseCode: e.responseCode ?? null, code: e.code ?? null },
          'the mail server did not take the approval mail',
        );
        const status = e.responseCode && e.responseCode >= 500 ? 422 : e.responseCode ? 503 : null;
        throw new ReachFailure(
          status,
          e.code ?? 'SmtpFailed',
          `the mail server did not take the mail (${e.responseCode ?? e.code ?? 'no answer'})`,
        );
      }
    },
    close: () => transport.close(),
  };
}
