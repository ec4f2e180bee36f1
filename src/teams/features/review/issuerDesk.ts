import { reviewCard } from '../../../../cards/review';
import { noticeCard, openOrderAction } from '../../../../cards/notice';
import { shownItemStatus } from '../../../domain/lifecycle/shownStatus';
import { translator, type Locale, type MessageKey } from '../../../i18n';
import { escapeMarkdown } from '../../../i18n/markdown';
import { maskIdentity, type IdentityScheme } from '../../../domain/identity';
import { validUntil } from '../../../domain/lifecycle/validity';
import type { IssuerGateway, ReviewOutcome, ReviewView } from '../../../services/lifecycle/ports';
import { cardholderDetails, findingTexts, fullName } from '../../../chat/cardholderText';

/**
 * The issuer's review desk in Teams: a review card per order for every reviewer (1:1 or the
 * review channel). Identity numbers are masked here; photos are signed, expiring thumbnail URLs.
 */
export function teamsIssuerDesk(deps: {
  thumbnailUrl(photoId: string): string | undefined;
  /** The signed, expiring full-size photo the thumbnail opens (never an unsigned link). */
  photoUrl?(photoId: string): string | undefined;
}): IssuerGateway {
  return {
    reviewCard(view: ReviewView, outcome: ReviewOutcome, locale: Locale) {
      const t = translator(locale);
      const { order, company } = view;
      const card = reviewCard(t, {
        orderId: order.id,
        title: t('review.title', { number: order.number }),
        facts: t('review.facts', { company: company.name, orderer: ordererLabel(view), count: view.items.length }),
        open: outcome.kind === 'open',
        outcome:
          outcome.kind === 'approved'
            ? t('review.outcome.approved')
            : outcome.kind === 'rejected'
              ? t('review.outcome.rejected', { reason: escapeMarkdown(outcome.reason) })
              : outcome.kind === 'cancelled'
                ? t('review.outcome.cancelled', { reason: escapeMarkdown(outcome.reason) })
                : '',
        outcomeTone: outcome.kind === 'approved' ? 'good' : 'attention',
        items: view.items.map(({ item, findings }) => ({
          itemId: item.id,
          name: fullName(item),
          // The manual-ID flag is shown once, as a warning below.
          details: cardholderDetails({ ...item, manualIdVerification: false }, t, locale),
          status: t(`item.status.${shownItemStatus(order.status, item.status, item.cardReview)}` as MessageKey),
          notes: [...findingTexts(findings, t), ...(item.manualIdVerification ? [t('review.manual_id')] : [])],
          thumbnailUrl: deps.thumbnailUrl(item.photoId) ?? '',
          photoUrl: deps.photoUrl?.(item.photoId) ?? '',
        })),
      });
      return { kind: 'card', card, summary: t('review.title', { number: order.number }) };
    },
    cardChange({ item, order, company, before, open }, locale) {
      const t = translator(locale);
      const params = {
        number: order.number,
        company: escapeMarkdown(company.name),
        before: escapeMarkdown(fullName(before)),
        after: escapeMarkdown(fullName(item)),
        identity: maskIdentity(item.identityNumber, item.identityScheme as IdentityScheme),
      };
      const card = noticeCard(t(open ? 'issuer.card_change' : 'issuer.card_change_approved', params), {
        title: t('issuer.card_change_title', { number: order.number }),
        tone: open ? 'attention' : 'good',
      });
      const actions: unknown[] = open
        ? [
            {
              type: 'Action.Execute',
              title: t('issuer.card_change_approve'),
              verb: 'review.card',
              data: { itemId: item.id, round: item.approvalRound },
            },
          ]
        : [];
      actions.push(openOrderAction(t('order.open'), order.number));
      return { kind: 'card', card: { ...card, actions }, summary: t('issuer.card_change_title', { number: order.number }) };
    },
    cardRequest({ item, order, company, request, reason }, locale) {
      const t = translator(locale);
      const params = {
        number: order.number,
        company: escapeMarkdown(company.name),
        name: escapeMarkdown(fullName(item)),
        identity: maskIdentity(item.identityNumber, item.identityScheme as IdentityScheme),
        reason: escapeMarkdown(reason ?? '—'),
      };
      return { kind: 'text', text: t(request === 'block' ? 'issuer.block_request' : 'issuer.end_request', params) };
    },
    // The local desk has no card register: the stand-in rule gives the date a real issuer would report.
    activation: (item, activatedAt) => ({ validUntil: validUntil(item, activatedAt) }),
  };
}

/** The orderer's name is on the order's recipients when they chose themselves; else the company. */
function ordererLabel(view: ReviewView): string {
  return view.order.recipients[0]?.name ?? view.company.name;
}
