import pg from 'pg';
import type { WakeupChannel } from '../ports';

export interface ListenOptions {
  onState?(state: 'listening' | 'lost', reason?: string): void;
}

/**
 * LISTEN on a dedicated connection (the pool closes idle clients, which would end a LISTEN), and
 * reconnect with backoff when it drops. After a reconnect the handlers run once, because
 * whatever was notified meanwhile is gone.
 */
export function listen(url: string, channel: string, opts: ListenOptions = {}): WakeupChannel {
  const handlers: (() => void)[] = [];
  const wake = () => handlers.forEach((h) => h());
  let client: pg.Client | undefined;
  let closed = false;
  let retryMs = 250;
  let timer: NodeJS.Timeout | undefined;

  const reconnectLater = (reason: string) => {
    if (closed || timer) return;
    opts.onState?.('lost', reason);
    client?.removeAllListeners();
    client?.end().catch(() => undefined);
    client = undefined;
    timer = setTimeout(() => {
      timer = undefined;
      void connect(true);
    }, retryMs);
    timer.unref();
    retryMs = Math.min(retryMs * 2, 5_000);
  };

  const connect = async (again: boolean) => {
    const c = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5_000, keepAlive: true });
    c.on('error', (err) => reconnectLater(err.message));
    c.on('end', () => reconnectLater('connection ended'));
    c.on('notification', (n) => n.channel === channel && wake());
    try {
      await c.connect();
      await c.query(`LISTEN ${channel}`);
    } catch (err) {
      c.removeAllListeners();
      await c.end().catch(() => undefined);
      reconnectLater((err as Error).message);
      return;
    }
    if (closed) return void (await c.end().catch(() => undefined));
    client = c;
    retryMs = 250;
    opts.onState?.('listening');
    if (again) wake();
  };
  void connect(false);

  return {
    onWake: (handler) => void handlers.push(handler),
    async close() {
      closed = true;
      if (timer) clearTimeout(timer);
      const c = client;
      client = undefined;
      c?.removeAllListeners();
      await c?.end().catch(() => undefined);
    },
  };
}
