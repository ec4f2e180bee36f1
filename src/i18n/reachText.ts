import type { MessageKey, Translate } from './index';

/** How one approval went out, as the order card and the Orders tab show it to the orderer. */
export interface ReachShown {
  teams: boolean;
  installed: string | null;
  email: string | null;
}

/** "sent via Teams, e-mail with a link (sent)"; null when it went out no way yet. */
export function reachText(t: Translate, reach: ReachShown | undefined): string | null {
  if (!reach) return null;
  const ways = [
    ...(reach.teams && reach.installed !== 'sent' ? [t('via.teams')] : []),
    ...(reach.installed ? [`${t('via.installed')} (${t(`via.status.${reach.installed}` as MessageKey)})`] : []),
    ...(reach.email ? [`${t('via.email')} (${t(`via.status.${reach.email}` as MessageKey)})`] : []),
  ];
  return ways.length ? t('order.sent_via', { ways: ways.join(', ') }) : null;
}
