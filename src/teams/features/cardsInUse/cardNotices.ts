import { cardNoticeCard } from '../../../../cards/cardsInUse';
import { translator } from '../../../i18n';
import { escapeMarkdown } from '../../../i18n/markdown';
import type { CardNotices } from '../../../services/lifecycle/ports';
import { fullName } from '../../../chat/cardholderText';

const day = (d: Date | null | undefined) => (d ? d.toISOString().slice(0, 10) : '');

/** The orderer's reminders (with Renew) and the cardholder's messages about a card in use, as Teams sends them. */
export function teamsCardNotices(): CardNotices {
  return {
    endReminder({ item, order, daysLeft }, locale) {
      const t = translator(locale);
      const text = t('card.end_reminder', {
        name: escapeMarkdown(fullName(item)),
        number: order.number,
        date: day(item.validUntil),
        count: daysLeft,
      });
      return { kind: 'card', card: cardNoticeCard(t, { itemId: item.id, text, offer: 'renew' }), summary: text };
    },
    lapsed({ item, order }, locale) {
      const t = translator(locale);
      const text = t('card.lapsed_notice', { name: escapeMarkdown(fullName(item)), number: order.number, date: day(item.validUntil) });
      return { kind: 'card', card: cardNoticeCard(t, { itemId: item.id, text, tone: 'attention', offer: 'renew' }), summary: text };
    },
    toCardholder({ company, request }, locale) {
      const t = translator(locale);
      return {
        kind: 'text',
        text: t(request === 'block' ? 'card.cardholder_blocked' : 'card.cardholder_ended', { company: escapeMarkdown(company.name) }),
      };
    },
  };
}
