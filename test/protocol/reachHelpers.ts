import { FakeSmtp, type ReceivedMail } from '../support/fakeSmtp';
import { waitFor } from '../support/waitFor';
import { cardWith, placeOrderFor, startCast, type Cast } from './lifecycleHelpers';

export interface MailCast extends Cast {
  smtp: FakeSmtp;
}

/** The lifecycle cast with a local SMTP server behind SMTP_URL (and no Graph: the e-mail path is the only one). */
export async function startMailCast(env: Record<string, string> = {}, opts: Parameters<typeof startCast>[1] = {}): Promise<MailCast> {
  const smtp = await FakeSmtp.start();
  const cast = await startCast({ SMTP_URL: smtp.url, MAIL_FROM: 'ID06 <id06@bygg.example>', ...env }, opts);
  return { ...cast, smtp };
}

export async function stopMailCast(cast: MailCast | undefined): Promise<void> {
  await cast?.harness.stop();
  await cast?.smtp.stop();
}

/** Olle orders for Anna and Bo, Rita approves the order; returns the order. */
export async function orderApproved(cast: Cast): Promise<{ number: string; orderId: string }> {
  const placed = await placeOrderFor(cast);
  const review = await cardWith(cast.harness, cast.rita, 'Review order');
  await cast.rita.click('review.decide', { orderId: placed.orderId, decision: 'approve' }, review.call.activityId);
  return placed;
}

/** The mail to `address` once it arrived. */
export function mailTo(cast: MailCast, address: string): Promise<ReceivedMail> {
  return waitFor(
    [cast.smtp.changes, cast.harness.logs],
    () => cast.smtp.mails.find((m) => m.to.some((to) => to.toLowerCase() === address.toLowerCase())),
    `a mail to ${address}`,
  );
}

/** The approval link in a mail's text. */
export function linkIn(mail: ReceivedMail): string {
  const link = /https?:\/\/\S+\/approve\/\S+/.exec(mail.text)?.[0];
  if (!link) throw new Error(`no approval link in: ${mail.text}`);
  return link;
}
