import type { ReactNode } from 'react';
import { Button, MessageBar, MessageBarActions, MessageBarBody, Spinner } from '@fluentui/react-components';
import { useTab } from '../context';
import type { Loaded } from '../useLoad';

export function Notice({
  intent = 'info',
  children,
  onRetry,
}: {
  intent?: 'info' | 'warning' | 'error';
  children: string;
  onRetry?: () => void;
}) {
  const { tt } = useTab();
  return (
    <MessageBar intent={intent} role={intent === 'error' ? 'alert' : 'status'}>
      <MessageBarBody>{children}</MessageBarBody>
      {onRetry && (
        <MessageBarActions>
          <Button onClick={onRetry}>{tt('tab.retry')}</Button>
        </MessageBarActions>
      )}
    </MessageBar>
  );
}

/** Loading and failure as every view shows them; `render` only sees a value. */
export function Await<T>({ loaded, render }: { loaded: Loaded<T> & { reload(): void }; render: (value: T) => ReactNode }) {
  const { tt } = useTab();
  if (loaded.state === 'loading') return <Spinner size="small" label={tt('tab.loading')} />;
  if (loaded.state === 'failed')
    return (
      <Notice intent="error" onRetry={loaded.reload}>
        {loaded.error.message}
      </Notice>
    );
  return render(loaded.value);
}
