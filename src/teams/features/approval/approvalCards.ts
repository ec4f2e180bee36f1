import { approvalCard, FIELDS } from '../../../../cards/approval';
import { ordererActionCard } from '../../../../cards/ordererAction';
import { countryName } from '../../../i18n/countryName';
import { translator, type Locale, type MessageKey } from '../../../i18n';
import { escapeMarkdown } from '../../../i18n/markdown';
import type { ApprovalCards, NoticeReason, ReachWhy } from '../../../services/lifecycle/ports';
import { fullName } from '../../../chat/cardholderText';
import { displayIdentity } from '../../../domain/identity';

/** The field a cardholder said is wrong, as one of the card's choices ('other' for anything else). */
const declinedFieldOf = (field: string | null): (typeof FIELDS)[number] => FIELDS.find((known) => known === field) ?? 'other';

const OUTCOME_TONE = {
  approved: 'good',
  declined: 'attention',
  expired: 'attention',
  replaced: 'default',
  cancelled: 'attention',
} as const;

/**
 * The cardholder's approval card and the orderer's follow-up cards. The full identity number
 * appears only on `request`, which goes to that cardholder alone.
 */
export function teamsApprovalCards(deps: { thumbnailUrl(photoId: string): string | undefined; botAppId?: string }): ApprovalCards {
  // A chat deep link with the bot (works once the app is available to the user); none in local mode.
  const chatLink = deps.botAppId ? `https://teams.microsoft.com/l/chat/0/0?users=28:${deps.botAppId}` : '';
  return {
    request({ item, order, company, reminder }, locale: Locale) {
      const t = translator(locale);
      const card = approvalCard(t, {
        itemId: item.id,
        round: item.approvalRound,
        reminder,
        intro: t('approval.intro', { orderer: order.recipients[0]?.name ?? company.name, company: company.name, number: order.number }),
        facts: [
          { label: t('approval.name'), value: fullName(item) },
          {
            label: t('approval.identity'),
            value: `${displayIdentity(item.nationality, item.identityNumber, item.dateOfBirth)} (${countryName(item.nationality, locale)})`,
          },
          { label: t('approval.company'), value: company.name },
          { label: t('approval.card_type'), value: item.cardType === 'visitor' ? t('choice.visitor') : t('choice.standard') },
        ],
        thumbnailUrl: deps.thumbnailUrl(item.photoId) ?? '',
      });
      return { kind: 'card', card, summary: t('approval.title') };
    },
    outcome({ item, outcome }, locale: Locale) {
      const t = translator(locale);
      const field = item.declinedField ? t(`approval.field.${item.declinedField}` as MessageKey) : t('approval.field.other');
      const text = t(`approval.outcome.${outcome}` as MessageKey, { field, reason: escapeMarkdown(item.reason ?? '') });
      // The decided card keeps the name only: the identity number is not repeated once the decision is made.
      const card = approvalCard(t, {
        itemId: item.id,
        round: item.approvalRound,
        reminder: false,
        intro: fullName(item),
        facts: [],
        thumbnailUrl: '',
        outcome: { text, tone: OUTCOME_TONE[outcome] },
      });
      return { kind: 'card', card };
    },
    ordererAction({ item, order, why, detail }, locale: Locale) {
      const t = translator(locale);
      const name = fullName(item);
      // "Adel Vance says the name is wrong": the field as a phrase of the sentence, not a lower-cased label.
      const field = t(`orderer.declined_field.${declinedFieldOf(item.declinedField)}` as MessageKey);
      const reachable = why === 'declined' || why === 'expired';
      const card = ordererActionCard(t, {
        itemId: item.id,
        round: item.approvalRound,
        title: t('orderer.title', { name, number: order.number }),
        orderNumber: order.number,
        text: noticeText(t, why, detail, { name, email: escapeMarkdown(item.email), field, reason: escapeMarkdown(item.reason ?? '') }),
        install: reachable ? '' : chatLink ? t('orderer.install', { name, link: chatLink }) : '',
        // Another way than last time: e-mailed, so Teams again; otherwise the e-mailed link.
        otherWays: [
          why === 'emailed' ? { via: 'teams', title: t('orderer.resend_teams') } : { via: 'email', title: t('orderer.resend_email') },
        ],
        editName: why === 'declined',
        firstName: item.firstName,
        lastName: item.lastName,
        email: item.email,
      });
      return { kind: 'card', card, summary: t('orderer.title', { name, number: order.number }) };
    },
  };
}

/** The notice's text; a cardholder never met also hears why no other way was tried (`detail`). */
function noticeText(
  t: ReturnType<typeof translator>,
  why: NoticeReason,
  detail: readonly ReachWhy[] | undefined,
  params: Record<string, string>,
): string {
  const because = [...new Set(detail ?? [])].map((d) => t(`reach.why.${d}` as MessageKey)).join('; ');
  const text = t(`orderer.${why}` as MessageKey, { ...params, why: because });
  return why === 'no_person' && because ? `${text} ${t('reach.why_line', { why: because })}` : text;
}
