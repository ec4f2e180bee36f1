import type { Translate } from '../src/i18n';
import { renderTemplate, type AdaptiveCard } from './render';
import template from './ordererAction.json';

export interface OrdererActionView {
  itemId: string;
  round: number;
  title: string;
  text: string;
  /** How to get the cardholder to open the bot (unreachable / never met). */
  install: string;
  /** After a decline the orderer may correct the name as well as the e-mail. */
  editName: boolean;
  firstName: string;
  lastName: string;
  email: string;
  /** Set once resent: read-only. */
  outcome?: string;
  /** The order the card is about: *Open order* shows it. */
  orderNumber?: string;
  /** Resend another way than last time: by e-mail (a link), or in Teams again (installing the app). */
  otherWays?: { via: 'email' | 'teams'; title: string }[];
}

/** To the orderer: a cardholder declined or cannot be reached. Resend as is, or correct and resend; or open the order. */
export function ordererActionCard(t: Translate, view: OrdererActionView): AdaptiveCard {
  const actions = view.outcome
    ? []
    : [
        { title: t('orderer.resend'), mode: 'same', inputs: 'none', via: '' },
        ...(view.otherWays ?? []).map((way) => ({ title: way.title, mode: 'same', inputs: 'none', via: way.via })),
        { title: view.editName ? t('orderer.resend_edited') : t('orderer.change_email'), mode: 'edit', inputs: 'auto', via: '' },
      ];
  return renderTemplate(template, {
    ...view,
    outcome: view.outcome ?? '',
    orderNumber: view.orderNumber ?? '',
    openTitle: t('order.open'),
    firstNameLabel: t('orderer.first_name'),
    lastNameLabel: t('orderer.last_name'),
    emailLabel: t('orderer.email'),
    actions,
    round: String(view.round),
  });
}
