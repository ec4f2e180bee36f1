import { t, type Locale } from '../../i18n';
import type { CartOwner, Company, Order, OrderItem, OutboxDraft, OutboxRecipient, PhotoFindingRecord } from '../../store/ports';
import type { ServiceContext } from '../context';
import { companyAudience, reviewerAudience } from '../roles/audiences';
import type { TrackedPayload } from './ports';
import { EVENT_COALESCE_MS, localeOfRecipient, portsOf } from './shared';

/**
 * What a new order causes, enqueued in the order's own transaction: the review card to every
 * reviewer (1:1 and the review channel) and one line to the company's managers and channels.
 * Built here, before the transaction, and handed to the store as data; the company and the photos'
 * findings come from the confirm click's own reads.
 */
export async function submissionEffects(
  ctx: ServiceContext,
  placed: { owner: CartOwner; company: Company; findings: ReadonlyMap<string, PhotoFindingRecord[]> },
  order: Order,
  items: OrderItem[],
): Promise<OutboxDraft[]> {
  if (!ctx.lifecycle) return [];
  const ports = portsOf(ctx);
  const { owner, company } = placed;
  const reviewers = await reviewerAudience({ ctx });
  // Local mode without configured reviewers: everyone reviews, so the orderer gets the desk too.
  if (ctx.reviewers?.everyone && !reviewers.some((r) => r.kind === 'person' && r.id === owner.ordererId))
    reviewers.push({ kind: 'person', id: owner.ordererId });
  const watchers = await companyAudience({
    ctx,
    companyId: owner.companyId,
    exceptPersonId: owner.ordererId,
  });
  const withLocale = async (list: OutboxRecipient[]) =>
    Promise.all(
      list.map(async (r) => ({
        recipient: r,
        locale: await localeOfRecipient(ctx, r),
      })),
    );
  const [desk, audience] = await Promise.all([withLocale(reviewers), withLocale(watchers)]);
  // The cart's photo findings, read by the confirm click already.
  const findingsOf = (photoId: string): PhotoFindingRecord[] => placed.findings.get(photoId) ?? [];

  const view = {
    order,
    company,
    items: items.map((item) => ({ item, findings: findingsOf(item.photoId) })),
  };
  const review = desk.map(({ recipient, locale }): OutboxDraft => {
    const payload: TrackedPayload = {
      ...ports.issuer.reviewCard(view, { kind: 'open' }, locale),
      track: { purpose: 'review', subjectId: order.id },
    };
    return {
      eventId: `review:${order.id}`,
      recipient,
      tenantId: company.tenantId,
      payload,
    };
  });
  const line = (locale: Locale) => ({
    kind: 'event',
    title: t(locale, 'event.title', {
      number: order.number,
      company: company.name,
    }),
    line: t(locale, 'event.submitted', {
      number: order.number,
      count: items.length,
    }),
    // Like every other event of the order: its card opens the order.
    orderNumber: order.number,
    open: t(locale, 'event.open_in_orders'),
    show: t(locale, 'order.open'),
  });
  const events = audience.map(({ recipient, locale }): OutboxDraft => ({
    eventId: `order.submit:${order.id}`,
    recipient,
    tenantId: company.tenantId,
    payload: line(locale),
    coalesce: { key: `order:${order.id}`, windowMs: EVENT_COALESCE_MS },
  }));
  return [...review, ...events];
}
