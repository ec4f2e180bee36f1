import { Card, CardHeader, Text } from '@fluentui/react-components';
import { useState } from 'react';
import type { TabPage, TabQueuedOrder } from '../../http/tabContract';
import { useTab } from '../context';
import { formatWhen } from '../i18n';
import { useLoad } from '../useLoad';
import { CardsTable } from './CardsTable';
import { Await, Notice } from './Notice';
import { Pager } from './Pager';

/** The issuer's queue: orders waiting for review, oldest first, with photos, findings and manual-ID flags. */
export function ReviewQueue() {
  const { api, tt, locale } = useTab();
  const [page, setPage] = useState(1);
  const queue = useLoad(() => api.get<TabPage<TabQueuedOrder>>(`review?page=${page}`), String(page));
  return (
    <Await
      loaded={queue}
      render={(queue) =>
        queue.total === 0 ? (
          <Notice>{tt('tab.review.none')}</Notice>
        ) : (
          <section style={{ display: 'grid', gap: 12 }} aria-label={tt('tab.view.review')}>
            <Text data-testid="review-count">{tt('tab.review.count', { total: queue.total })}</Text>
            {queue.rows.map((order) => (
              <Card key={order.number} data-testid="queued-order">
                <CardHeader header={<Text weight="semibold">{order.number} · {order.company}</Text>} description={<Text size={200}>{formatWhen(locale, order.placedAt)} · {order.status.label}</Text>} />
                <CardsTable cards={order.cards} />
              </Card>
            ))}
            <Pager page={queue.page} pages={queue.pages} onPage={setPage} />
          </section>
        )
      }
    />
  );
}
