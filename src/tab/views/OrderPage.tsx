import { Button, Subtitle2, Text, Title3 } from '@fluentui/react-components';
import { useState } from 'react';
import type { TabCancelRequest, TabCardActionResult, TabOrderPage } from '../../http/tabContract';
import { useTab } from '../context';
import { formatWhen } from '../i18n';
import { useLoad } from '../useLoad';
import { CardsTable } from './CardsTable';
import { ActionNotice, type ActionReport } from './CardActions';
import { ReasonDialog } from './AskDialog';
import { Await } from './Notice';

/** One order: its state and next step, every card with its cardholder's approval, and the history. */
export function OrderPage({ number, onBack }: { number: string; onBack(): void }) {
  const { api, tt, locale } = useTab();
  const order = useLoad(() => api.get<TabOrderPage>(`orders/${encodeURIComponent(number)}`), number);
  const [report, setReport] = useState<ActionReport | null>(null);
  const done = (r: ActionReport) => {
    setReport(r);
    order.reload();
  };
  return (
    <article style={{ display: 'grid', gap: 12 }}>
      <div>
        <Button onClick={onBack}>{tt('tab.back')}</Button>
      </div>
      {report && <ActionNotice report={report} />}
      <Await
        loaded={order}
        render={(order) => (
          <>
            <Title3 as="h2">{tt('tab.order.title', { number: order.number })}</Title3>
            <Text data-testid="order-page-status">
              {order.company} · {formatWhen(locale, order.placedAt)} · <strong>{order.status.label}</strong> · {order.status.next}
            </Text>
            {order.cancellable && <CancelOrder number={order.number} onDone={done} />}
            <Text size={200}>
              {tt('tab.order.delivery')}: {order.delivery} · {tt('tab.order.total')}: {order.total}
            </Text>
            <Subtitle2 as="h3">{tt('tab.order.cards')}</Subtitle2>
            <CardsTable cards={order.cards} actions={{ orderNumber: order.number, onDone: done }} />
            <Subtitle2 as="h3">{tt('tab.order.timeline')}</Subtitle2>
            <ol data-testid="timeline" style={{ margin: 0, paddingInlineStart: 20 }}>
              {order.timeline.map((e, i) => (
                <li key={i}>
                  <Text size={200}>
                    {formatWhen(locale, e.at)} · {e.text}
                  </Text>
                </li>
              ))}
            </ol>
          </>
        )}
      />
    </article>
  );
}

/** The orderer's (or admin's) cancel before production, with the reason the issuer and managers read. */
function CancelOrder({ number, onDone }: { number: string; onDone(report: ActionReport): void }) {
  const { api, tt } = useTab();
  const cancel = async (reason: string) => {
    try {
      const { outcome } = await api.post<TabCardActionResult>('orders/cancel', { number, reason } satisfies TabCancelRequest);
      onDone(
        outcome === 'applied'
          ? { intent: 'info', text: tt('tab.act.order_cancelled', { number }) }
          : { intent: 'warning', text: tt('tab.act.not_cancellable') },
      );
    } catch (err) {
      onDone({ intent: 'error', text: (err as Error).message });
    }
  };
  return (
    <div>
      <ReasonDialog purpose="cancel" trigger={tt('tab.act.cancel_order')} what={number} onConfirm={cancel} />
    </div>
  );
}
