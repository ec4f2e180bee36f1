import { Button, Text } from '@fluentui/react-components';
import { useTab } from '../context';

export function Pager({ page, pages, onPage }: { page: number; pages: number; onPage(page: number): void }) {
  const { tt } = useTab();
  if (pages <= 1) return null;
  return (
    <nav aria-label={tt('tab.page', { page, pages })} style={{ display: 'flex', gap: 8, alignItems: 'center' }}>
      <Button disabled={page <= 1} onClick={() => onPage(page - 1)}>
        {tt('tab.previous')}
      </Button>
      <Text data-testid="page">{tt('tab.page', { page, pages })}</Text>
      <Button disabled={page >= pages} onClick={() => onPage(page + 1)}>
        {tt('tab.next')}
      </Button>
    </nav>
  );
}
