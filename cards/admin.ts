import type { Translate } from '../src/i18n';
import { renderTemplate, type AdaptiveCard } from './render';
import template from './admin.json';

export interface AdminCardView {
  companyId: string;
  companyName: string;
  /** "Name (e-mail): orderer, manager" per person; pending grants marked as such. */
  members: string[];
  channelCount: number;
  /** Only in a channel: "Subscribe this channel". */
  inChannel: boolean;
  notice?: { text: string; tone: 'good' | 'attention' };
  /** Every company the user administers; with several, the card offers a switch. */
  companies: { title: string; value: string }[];
  /** After "Erase data": the confirmation, for this cardholder's e-mail. */
  confirmErase?: string;
}

/** Company admin: add or remove orderers, managers and admins by e-mail; subscribe the current channel. */
export function adminCard(t: Translate, view: AdminCardView): AdaptiveCard {
  const actions = [
    { title: t('admin.add'), verb: 'admin.grant', inputs: 'auto' },
    { title: t('admin.remove'), verb: 'admin.revoke', inputs: 'auto' },
    ...(view.inChannel ? [{ title: t('admin.subscribe'), verb: 'admin.subscribe', inputs: 'none' }] : []),
    ...(view.companies.length > 1 ? [{ title: t('admin.switch'), verb: 'admin.show', inputs: 'auto' }] : []),
  ];
  // In the cardholder section's own action set (Teams shows at most five actions per set).
  const rightsActions = [
    ...(view.confirmErase
      ? [
          {
            title: t('rights.erase_confirm', { email: view.confirmErase }),
            verb: 'rights.eraseConfirm',
            inputs: 'none',
            cardholder: view.confirmErase,
          },
        ]
      : []),
    { title: t('rights.export'), verb: 'rights.export', inputs: 'auto', cardholder: '' },
    { title: t('rights.erase'), verb: 'rights.erase', inputs: 'auto', cardholder: '' },
  ];
  return renderTemplate(template, {
    companyId: view.companyId,
    companies: view.companies,
    companyLabel: t('admin.company'),
    title: t('admin.title', { company: view.companyName }),
    notice: view.notice?.text ?? '',
    noticeColor: view.notice?.tone === 'good' ? 'Good' : 'Attention',
    membersTitle: t('admin.members'),
    members: view.members,
    channelsText: t('admin.channels', { count: view.channelCount }),
    emailLabel: t('admin.email'),
    roleLabel: t('admin.role'),
    roles: (['orderer', 'manager', 'admin'] as const).map((value) => ({ title: t(`admin.role.${value}`), value })),
    rightsTitle: t('rights.title'),
    rightsEmailLabel: t('rights.email'),
    cardholderEmail: view.confirmErase ?? '',
    actions,
    rightsActions,
  });
}
