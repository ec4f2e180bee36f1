import { Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '@fluentui/react-components';
import type { TabMyCard } from '../../http/tabContract';
import { useTab } from '../context';
import { formatWhen } from '../i18n';
import { useLoad } from '../useLoad';
import { Await, Notice } from './Notice';

/** The cards ordered for the signed-in person and where each one is. */
export function MyCards() {
  const { api, tt, locale } = useTab();
  const cards = useLoad(() => api.get<{ cards: TabMyCard[] }>('my-cards'), 'my-cards');
  return (
    <Await
      loaded={cards}
      render={({ cards }) =>
        cards.length === 0 ? (
          <Notice>{tt('tab.cards.none')}</Notice>
        ) : (
          <Table size="small" aria-label={tt('tab.view.cards')}>
            <TableHeader>
              <TableRow>
                {(['tab.col.number', 'tab.company', 'tab.col.placed', 'tab.col.status'] as const).map((k) => (
                  <TableHeaderCell key={k}>{tt(k)}</TableHeaderCell>
                ))}
              </TableRow>
            </TableHeader>
            <TableBody>
              {cards.map((card) => (
                <TableRow key={`${card.orderNumber}-${card.name}`} data-testid="my-card">
                  <TableCell>{card.orderNumber}</TableCell>
                  <TableCell>{card.company}</TableCell>
                  <TableCell>{formatWhen(locale, card.placedAt)}</TableCell>
                  <TableCell>
                    {card.cardType}: {card.state.label}
                    {card.trackingRef ? ` · ${tt('tab.card.tracking', { tracking: card.trackingRef })}` : ''}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )
      }
    />
  );
}
