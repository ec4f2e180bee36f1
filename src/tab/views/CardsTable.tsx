import {
  Badge,
  Button,
  Dialog,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  DialogTrigger,
  DialogActions,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
} from '@fluentui/react-components';
import type { TabCard } from '../../http/tabContract';
import { useTab } from '../context';
import { CardActions, type ActionReport } from './CardActions';

const STATE_COLOURS: Partial<Record<TabCard['state']['code'], 'success' | 'warning' | 'danger' | 'informative'>> = {
  approved: 'success',
  delivered: 'success',
  awaiting_cardholder: 'warning',
  declined: 'danger',
  expired: 'danger',
  rejected: 'danger',
  card_active: 'success',
  card_blocked: 'danger',
  card_lapsed: 'warning',
};

/** An order's cards: photo (large on click), name, masked number, each cardholder's approval state, findings and flags. */
export function CardsTable({
  cards,
  actions,
}: {
  cards: TabCard[];
  actions?: { orderNumber: string; onDone(report: ActionReport): void };
}) {
  const { tt } = useTab();
  return (
    <Table size="small" aria-label={tt('tab.order.cards')}>
      <TableHeader>
        <TableRow>
          <TableHeaderCell style={{ width: 72 }} />
          <TableHeaderCell>{tt('tab.col.cardholders')}</TableHeaderCell>
          <TableHeaderCell>{tt('tab.card.approval')}</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {cards.map((card) => (
          <TableRow key={card.id} data-testid="card-row">
            <TableCell>
              <PhotoButton card={card} />
            </TableCell>
            <TableCell>
              <div style={{ display: 'grid', gap: 2, padding: '4px 0' }}>
                <Text weight="semibold">{card.name}</Text>
                <Text size={200}>{[card.identity, card.nationality, card.cardType, card.email].join(' · ')}</Text>
                {card.manualId && (
                  <Badge appearance="outline" color="warning">
                    {tt('tab.card.manual_id')}
                  </Badge>
                )}
                {card.findings.map((f) => (
                  <Text key={f} size={200} data-testid="finding">
                    ⚠ {f}
                  </Text>
                ))}
              </div>
            </TableCell>
            <TableCell>
              <Badge appearance="tint" color={STATE_COLOURS[card.state.code] ?? 'informative'} data-testid="card-state">
                {card.state.label}
              </Badge>
              {card.reason && (
                <Text block size={200}>
                  {card.reason}
                </Text>
              )}
              {card.trackingRef && (
                <Text block size={200}>
                  {tt('tab.card.tracking', { tracking: card.trackingRef })}
                </Text>
              )}
              {card.sentVia && (
                <Text block size={200} data-testid="sent-via">
                  {card.sentVia}
                </Text>
              )}
              {actions && <CardActions card={card} orderNumber={actions.orderNumber} onDone={actions.onDone} />}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

function PhotoButton({ card }: { card: TabCard }) {
  const { tt } = useTab();
  return (
    <Dialog>
      <DialogTrigger disableButtonEnhancement>
        <Button appearance="transparent" aria-label={tt('tab.card.enlarge', { name: card.name })} style={{ padding: 0, minWidth: 0 }}>
          <img
            src={card.thumbnailUrl}
            alt={tt('tab.card.photo', { name: card.name })}
            width={60}
            height={80}
            style={{ objectFit: 'cover', borderRadius: 4 }}
          />
        </Button>
      </DialogTrigger>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{card.name}</DialogTitle>
          <DialogContent>
            <img
              src={card.photoUrl}
              alt={tt('tab.card.photo', { name: card.name })}
              style={{ width: '100%', maxWidth: 450, aspectRatio: '3 / 4' }}
              data-testid="large-photo"
            />
          </DialogContent>
          <DialogActions>
            <DialogTrigger disableButtonEnhancement>
              <Button>{tt('tab.close')}</Button>
            </DialogTrigger>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
