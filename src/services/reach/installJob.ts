import type { Company, Order, OrderItem } from '../../store/ports';
import type { ServiceContext } from '../context';
import { bindCardholder } from '../lifecycle/reachCardholder';
import { companyOf, portsOf } from '../lifecycle/shared';
import { consentNotice } from './consentNotice';
import { ReachFailure, type DirectoryUser, type ReachPorts } from './ports';
import { reachJob, type ReachJobPayload } from './reachDrafts';

/** The approval round a reach job is for, if it still waits for a cardholder nobody has bound. */
export async function waitingRound(
  ctx: ServiceContext,
  job: ReachJobPayload,
): Promise<{ order: Order; item: OrderItem; company: Company } | undefined> {
  const found = await ctx.store.lifecycle.item(job.itemId);
  if (!found || found.status !== 'awaiting_cardholder' || found.approvalRound !== job.round) return undefined;
  const { order, ...item } = found;
  return { order, item, company: await companyOf(ctx, order) };
}

/**
 * The outbox job `reach.install`: find the cardholder in the order's tenant, install the bot's app
 * for them, remember the chat Graph names, bind the approval round to them and enqueue their
 * approval card. 403 (consent or catalog): the admins are told once and the e-mail path follows;
 * 404 (no such user): the e-mail path; 429/5xx and no answer: thrown, so the outbox retries.
 */
export async function runInstallJob(ctx: ServiceContext, reach: ReachPorts, job: ReachJobPayload): Promise<void> {
  const round = await waitingRound(ctx, job);
  if (!round || round.item.cardholderPersonId || !reach.teams) return;
  const { order, item, company } = round;
  const record = await ctx.store.approvalReach.open({ itemId: item.id, round: item.approvalRound, channel: 'teams' });
  const mailNext = async (why: 'consent' | 'not_found' | 'graph_failed') => {
    await ctx.store.approvalReach.setStatus(record.id, 'failed', why);
    const consent = why === 'consent' ? await consentNotice(ctx, reach, order, company) : [];
    await ctx.store.outbox.enqueue([...consent, reachJob('reach.mail', item, company.tenantId, { after: why })]);
    ctx.log.info({ event: 'reach.install_failed', itemId: item.id, why }, 'the app could not be installed for the cardholder; e-mail next');
  };
  let user: DirectoryUser | null;
  let chatId: string | null;
  try {
    user = await reach.teams.findUser(company.tenantId, item.email);
    if (!user) return mailNext('not_found');
    ({ chatId } = await reach.teams.install(company.tenantId, user.id));
  } catch (err) {
    if (!(err instanceof ReachFailure) || err.kind === 'retry') throw err;
    return mailNext(err.kind === 'consent' ? 'consent' : err.kind === 'not_found' ? 'not_found' : 'graph_failed');
  }

  const { person } = await ctx.store.people.upsertSeen({
    tenantId: company.tenantId,
    aadObjectId: user.id,
    ...(user.displayName ? { name: user.displayName } : {}),
  });
  if (!person.email && !person.upn)
    await ctx.store.people.updateProfile(person.id, {
      email: user.mail?.toLowerCase() ?? item.email,
      upn: user.userPrincipalName?.toLowerCase() ?? null,
    });
  await rememberChat(ctx, reach, person.id, company.tenantId, user.id, chatId);
  await bindCardholder(ctx, portsOf(ctx), { order, item, company, person }, 'graph_install');
  await ctx.store.approvalReach.setStatus(record.id, 'sent', null);
  ctx.log.info(
    { event: 'reach.installed', itemId: item.id, personId: person.id, chat: !!chatId },
    'app installed for the cardholder; approval card enqueued',
  );
}

/**
 * The 1:1 chat Graph reports is where the bot posts (its id is the Bot Framework conversation
 * id). Without it, or without a serviceUrl seen in the tenant, the outbox creates the chat itself.
 */
async function rememberChat(
  ctx: ServiceContext,
  reach: ReachPorts,
  personId: string,
  tenantId: string,
  aadObjectId: string,
  chatId: string | null,
): Promise<void> {
  if (!chatId || (await ctx.store.conversations.findPersonal(personId))) return;
  const serviceUrl = await ctx.store.conversations.serviceUrlForTenant(tenantId);
  if (!serviceUrl) return;
  const reference = {
    channelId: 'msteams',
    serviceUrl,
    conversation: { id: chatId, conversationType: 'personal', tenantId },
    bot: { id: `28:${reach.clientId ?? ''}` },
    user: { id: aadObjectId, aadObjectId },
  };
  await ctx.store.conversations.upsert({ conversationId: chatId, personId, tenantId, conversationType: 'personal', serviceUrl, reference });
}
