import { localeFrom, t, type Locale } from '../../i18n';
import { escapeHtml } from '../../i18n/html';
import type { Company, Order, OrderItem } from '../../store/ports';
import type { ServiceContext } from '../context';
import { ordererNotice } from '../lifecycle/ordererNotice';
import type { ReachWhy } from '../lifecycle/ports';
import { ReachFailure, type ApprovalMail, type ReachPorts } from './ports';
import { waitingRound } from './installJob';
import type { ReachJobPayload } from './reachDrafts';

/**
 * The outbox job `reach.mail`: e-mail the cardholder, at the order's address for them and nowhere
 * else, a signed link to the approval page. Without SMTP the path is off and the orderer is told
 * why; a mail server that does not answer (or answers 4xx) is retried by the outbox.
 */
export async function runMailJob(ctx: ServiceContext, reach: ReachPorts, job: ReachJobPayload): Promise<void> {
  const round = await waitingRound(ctx, job);
  if (!round) return;
  const { order, item, company } = round;
  const record = await ctx.store.approvalReach.open({ itemId: item.id, round: item.approvalRound, channel: 'email' });
  // A retried job after the mail went out sends nothing twice; a reminder mails the same link again.
  if (record.status === 'decided' || (record.status === 'sent' && !job.reminder) || (job.reminder && record.status !== 'sent')) return;
  const giveUp = async (why: ReachWhy) => {
    await ctx.store.approvalReach.setStatus(record.id, why === 'no_smtp' ? 'off' : 'failed', why);
    await ctx.store.outbox.enqueue([await ordererNotice(ctx, order, item, 'not_reached', ...(job.after ? [job.after] : []), why)]);
    ctx.log.info({ event: 'reach.mail_off', itemId: item.id, why }, 'the cardholder could not be e-mailed; the orderer is told');
  };
  if (!reach.mail || !item.expiresAt) return giveUp('no_smtp');
  const locale = localeFrom((await ctx.store.people.get(order.ordererId))?.locale);
  try {
    await reach.mail.send(
      approvalMail(locale, { order, item, company, link: reach.approvalLink(record.id, item.expiresAt), reminder: !!job.reminder }),
    );
  } catch (err) {
    if (!(err instanceof ReachFailure) || err.kind === 'retry') throw err;
    return job.reminder ? undefined : giveUp('mail_failed');
  }
  if (job.reminder) {
    ctx.log.info({ event: 'reach.reminded', itemId: item.id, reminder: job.reminder }, 'approval link mailed again as a reminder');
    return;
  }
  await ctx.store.approvalReach.setStatus(record.id, 'sent', job.after ?? null);
  await ctx.store.outbox.enqueue([await ordererNotice(ctx, order, item, 'emailed')]);
  ctx.log.info({ event: 'reach.mailed', itemId: item.id, round: item.approvalRound }, 'approval link e-mailed to the cardholder');
}

/** The mail: plain text and the same as simple HTML with one button; nothing personal but the name. */
export function approvalMail(
  locale: Locale,
  { order, item, company, link, reminder }: { order: Order; item: OrderItem; company: Company; link: string; reminder?: boolean },
): ApprovalMail {
  const expires = item.expiresAt!.toISOString().slice(0, 10);
  const params = {
    name: `${item.firstName} ${item.lastName}`,
    orderer: order.recipients[0]?.name ?? company.name,
    company: company.name,
    number: order.number,
    link,
    expires,
  };
  const text = t(locale, 'reach.mail.text', params);
  const paragraphs = t(locale, 'reach.mail.text', { ...params, link: '\u0000' })
    .split('\n\n')
    .map((p) =>
      p === '\u0000'
        ? `<p><a href="${escapeHtml(link)}" style="display:inline-block;padding:10px 16px;background:#5b5fc7;color:#fff;border-radius:4px;text-decoration:none">${escapeHtml(t(locale, 'reach.mail.button'))}</a></p>`
        : `<p>${escapeHtml(p).replace(/\n/g, '<br>')}</p>`,
    )
    .join('\n');
  return {
    to: item.email,
    subject: t(locale, reminder ? 'reach.mail.reminder_subject' : 'reach.mail.subject', { number: order.number }),
    text,
    html: `<!doctype html><html lang="${locale}"><body style="font-family:Segoe UI,Arial,sans-serif">${paragraphs}</body></html>`,
  };
}
