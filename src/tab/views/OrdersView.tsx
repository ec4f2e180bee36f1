import {
  Button,
  Field,
  Input,
  Link,
  Select,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
} from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import type { OrderFilter, TabExportFormat, TabMe, TabOrderList, TabSearchRequest } from '../../http/tabContract';
import { useTab } from '../context';
import { formatWhen } from '../i18n';
import { useLoad } from '../useLoad';
import { Await, Notice } from './Notice';
import { OrderPage } from './OrderPage';
import { Pager } from './Pager';

const FILTERS: OrderFilter[] = [
  'waiting_for_review',
  'waiting_for_cardholders',
  'in_production',
  'shipped',
  'delivered',
  'rejected',
  'cancelled',
];
const TYPING_PAUSE_MS = 300;

/** One company's orders: newest first, searched, filtered, paged; an order opens its page. */
export function OrdersView({ companies }: { companies: TabMe['companies'] }) {
  const { api, tt, locale } = useTab();
  const [companyId, setCompanyId] = useState(companies[0]!.id);
  const [filter, setFilter] = useState<OrderFilter | ''>('');
  const [typed, setTyped] = useState('');
  const [text, setText] = useState('');
  const [page, setPage] = useState(1);
  const [open, setOpen] = useState<string | null>(null);
  const [exportError, setExportError] = useState<string | null>(null);
  useEffect(() => {
    const timer = setTimeout(() => setText(typed.trim()), TYPING_PAUSE_MS);
    return () => clearTimeout(timer);
  }, [typed]);
  useEffect(() => setPage(1), [companyId, filter, text]);
  // The search text goes in the body, never in a URL: names and e-mails are personal data.
  const request: TabSearchRequest = { companyId, ...(filter ? { filter } : {}), ...(text ? { text } : {}), page };
  const list = useLoad(() => api.post<TabOrderList>('orders/search', request), JSON.stringify(request));
  const download = (format: TabExportFormat) => {
    setExportError(null);
    api.download('orders/export', { ...request, page: undefined, format }).catch((err: Error) => setExportError(err.message));
  };

  if (open) return <OrderPage number={open} onBack={() => setOpen(null)} />;
  return (
    <section aria-label={tt('tab.view.orders')} style={{ display: 'grid', gap: 12 }}>
      <div style={{ display: 'flex', gap: 12, flexWrap: 'wrap', alignItems: 'end' }}>
        {companies.length > 1 && (
          <Field label={tt('tab.company')}>
            <Select value={companyId} onChange={(_, d) => setCompanyId(d.value)}>
              {companies.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.name}
                </option>
              ))}
            </Select>
          </Field>
        )}
        <Field label={tt('tab.search')} style={{ minWidth: 280 }}>
          <Input type="search" value={typed} onChange={(_, d) => setTyped(d.value)} maxLength={100} />
        </Field>
        <Field label={tt('tab.state')}>
          <Select value={filter} onChange={(_, d) => setFilter(d.value as OrderFilter | '')}>
            <option value="">{tt('tab.filter.all')}</option>
            {FILTERS.map((f) => (
              <option key={f} value={f}>
                {tt(`tab.filter.${f}`)}
              </option>
            ))}
          </Select>
        </Field>
        <Button onClick={() => download('csv')}>{tt('tab.export_csv')}</Button>
        <Button onClick={() => download('xlsx')}>{tt('tab.export_xlsx')}</Button>
      </div>
      {exportError && <Notice intent="error">{exportError}</Notice>}
      <Await
        loaded={list}
        render={(list) => (
          <>
            {list.readOnly && <Notice>{tt('tab.read_only')}</Notice>}
            {list.scope === 'own' && <Text size={200}>{tt('tab.own_orders')}</Text>}
            <Text data-testid="order-count">{tt('tab.count', { count: list.total })}</Text>
            {list.rows.length === 0 ? (
              <Notice>{tt('tab.none')}</Notice>
            ) : (
              <Table aria-label={tt('tab.view.orders')} size="small">
                <TableHeader>
                  <TableRow>
                    {(
                      [
                        'tab.col.number',
                        'tab.col.placed',
                        'tab.col.cardholders',
                        'tab.col.cards',
                        'tab.col.status',
                        'tab.col.next',
                      ] as const
                    ).map((k) => (
                      <TableHeaderCell key={k}>{tt(k)}</TableHeaderCell>
                    ))}
                  </TableRow>
                </TableHeader>
                <TableBody>
                  {list.rows.map((row) => (
                    <TableRow key={row.number} data-testid="order-row">
                      <TableCell>
                        <Link onClick={() => setOpen(row.number)}>{row.number}</Link>
                      </TableCell>
                      <TableCell>{formatWhen(locale, row.placedAt)}</TableCell>
                      <TableCell>
                        {[...row.names, ...(row.moreNames ? [tt('tab.more_names', { count: row.moreNames })] : [])].join(', ')}
                      </TableCell>
                      <TableCell>{row.cards}</TableCell>
                      <TableCell data-testid="order-status">{row.status.label}</TableCell>
                      <TableCell>{row.status.next}</TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            )}
            <Pager page={list.page} pages={list.pages} onPage={setPage} />
          </>
        )}
      />
    </section>
  );
}
