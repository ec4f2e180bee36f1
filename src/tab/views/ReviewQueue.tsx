import { Button, Card, CardHeader, Checkbox, Text } from '@fluentui/react-components';
import { useState } from 'react';
import type { TabDecideRequest, TabDecideResult, TabPage, TabQueuedOrder } from '../../http/tabContract';
import { useTab } from '../context';
import { formatWhen, type Tt } from '../i18n';
import { useLoad } from '../useLoad';
import { ReasonDialog } from './AskDialog';
import { ActionNotice, type ActionReport } from './CardActions';
import { CardsTable } from './CardsTable';
import { Await, Notice } from './Notice';
import { Pager } from './Pager';

/**
 * The issuer's queue: orders waiting for review, oldest first, with photos, findings and manual-ID
 * flags. Orders are approved or rejected one by one or several at once, single cards rejected; each
 * decision goes through the chat's review service, so the review cards in the channel follow.
 */
export function ReviewQueue() {
  const { api, tt, locale } = useTab();
  const [page, setPage] = useState(1);
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [report, setReport] = useState<ActionReport | null>(null);
  const [busy, setBusy] = useState(false);
  const queue = useLoad(() => api.get<TabPage<TabQueuedOrder>>(`review?page=${page}`), String(page));
  const toggle = (number: string, on: boolean) =>
    setSelected((s) => (on ? new Set([...s, number]) : new Set([...s].filter((n) => n !== number))));
  const done = (r: ActionReport) => {
    setReport(r);
    queue.reload();
  };
  const decide = async (request: TabDecideRequest) => {
    setBusy(true);
    try {
      const { results } = await api.post<TabDecideResult>('review/decide', request);
      setSelected(new Set());
      done(summary(tt, request.decision, results));
    } catch (err) {
      setReport({ intent: 'error', text: (err as Error).message });
    } finally {
      setBusy(false);
    }
  };
  const numbers = [...selected];
  return (
    <section style={{ display: 'grid', gap: 12 }} aria-label={tt('tab.view.review')}>
      {report && <ActionNotice report={report} />}
      <Await
        loaded={queue}
        render={(queue) =>
          queue.total === 0 ? (
            <Notice>{tt('tab.review.none')}</Notice>
          ) : (
            <>
              <div style={{ display: 'flex', gap: 8, alignItems: 'center', flexWrap: 'wrap' }}>
                <Text data-testid="review-count">{tt('tab.review.count', { count: queue.total })}</Text>
                <Button
                  appearance="primary"
                  size="small"
                  disabled={busy || numbers.length === 0}
                  onClick={() => decide({ decision: 'approve', numbers })}
                >
                  {tt('tab.act.approve_selected', { count: numbers.length })}
                </Button>
                <ReasonDialog
                  purpose="reject"
                  trigger={tt('tab.act.reject_selected', { count: numbers.length })}
                  what={numbers.join(', ')}
                  disabled={busy || numbers.length === 0}
                  onConfirm={(reason) => decide({ decision: 'reject', numbers, reason })}
                />
              </div>
              {queue.rows.map((order) => (
                <Card key={order.number} data-testid="queued-order">
                  <CardHeader
                    image={
                      <Checkbox
                        aria-label={tt('tab.act.select', { number: order.number })}
                        checked={selected.has(order.number)}
                        onChange={(_, d) => toggle(order.number, d.checked === true)}
                      />
                    }
                    header={
                      <Text weight="semibold">
                        {order.number} · {order.company}
                      </Text>
                    }
                    description={
                      <Text size={200}>
                        {formatWhen(locale, order.placedAt)} · {order.status.label}
                      </Text>
                    }
                    action={
                      <div style={{ display: 'flex', gap: 6 }}>
                        <Button
                          size="small"
                          disabled={busy}
                          onClick={() => decide({ decision: 'approve', numbers: [order.number] })}
                          aria-label={`${tt('tab.act.approve')} ${order.number}`}
                        >
                          {tt('tab.act.approve')}
                        </Button>
                        <ReasonDialog
                          purpose="reject"
                          trigger={tt('tab.act.reject')}
                          what={order.number}
                          disabled={busy}
                          onConfirm={(reason) => decide({ decision: 'reject', numbers: [order.number], reason })}
                        />
                      </div>
                    }
                  />
                  <CardsTable cards={order.cards} actions={{ orderNumber: order.number, onDone: done }} />
                </Card>
              ))}
              <Pager page={queue.page} pages={queue.pages} onPage={setPage} />
            </>
          )
        }
      />
    </section>
  );
}

/** One sentence per outcome, naming the orders, so a partly applied batch says exactly what happened. */
function summary(tt: Tt, decision: TabDecideRequest['decision'], results: TabDecideResult['results']): ActionReport {
  const of = (outcome: string) => results.filter((r) => r.outcome === outcome).map((r) => r.number);
  const applied = of('applied');
  const already = of('already_decided');
  const notOpen = [...of('refused'), ...of('not_found')];
  const parts = [
    ...(applied.length ? [tt(decision === 'approve' ? 'tab.act.approved' : 'tab.act.rejected', { numbers: applied.join(', ') })] : []),
    ...(already.length ? [tt('tab.act.already', { numbers: already.join(', ') })] : []),
    ...(notOpen.length ? [tt('tab.act.not_open', { numbers: notOpen.join(', ') })] : []),
  ];
  return { intent: applied.length === results.length ? 'info' : 'warning', text: parts.join(' ') };
}
