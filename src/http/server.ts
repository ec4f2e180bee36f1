import restify, { type Request, type Response, type Server } from 'restify';
import type { Logger } from '../logger';
import { checkActivity } from './activityGate';
import { jsonBody, refuseContentEncodings } from './requestBody';

export interface HttpDeps {
  log: Logger;
  maxBodyBytes: number;
  /** An activity's body must arrive within this time (a slow or endless upload is answered 408). */
  bodyTimeoutMs: number;
  /** null: every tenant (local mode); otherwise the allow-list. */
  allowedTenants: string[] | null;
  processActivity(req: Request, res: Response): Promise<void>;
  healthy(): Promise<boolean>;
}

/** Extra routes of later features (photo upload page, signed thumbnails) register here. */
export type RouteRegistrar = (server: Server) => void;

export interface HttpServer {
  server: Server;
  /** Resolves once no request is in flight any more. */
  drained(): Promise<void>;
  inFlight(): number;
}

export function createHttpServer(deps: HttpDeps, extraRoutes: RouteRegistrar[] = []): HttpServer {
  const server = restify.createServer({ name: 'id06-bot', handleUncaughtExceptions: false });
  let inFlight = 0;
  let waiters: (() => void)[] = [];
  server.pre((req, res, next) => {
    inFlight++;
    let done = false;
    const finish = () => {
      if (done) return;
      done = true;
      inFlight--;
      if (inFlight === 0) {
        for (const w of waiters) w();
        waiters = [];
      }
    };
    res.once('finish', finish);
    res.once('close', finish);
    return next();
  });

  server.pre(refuseContentEncodings(deps.log));

  server.on('restifyError', (req: Request, res: Response, err: Error & { statusCode?: number }, cb: () => void) => {
    deps.log.warn({ event: 'http.refused', path: req.path(), status: err.statusCode, reason: err.name }, 'request refused');
    return cb();
  });

  const body = jsonBody({ maxBytes: deps.maxBodyBytes, timeoutMs: deps.bodyTimeoutMs }, deps.log);
  server.post('/api/messages', body, async (req: Request, res: Response) => {
    const gate = checkActivity(req.body, deps.allowedTenants);
    if (!gate.ok) {
      deps.log.warn({ event: 'activity.refused', status: gate.status, reason: gate.reason }, 'activity refused');
      res.send(gate.status, { error: gate.status === 403 ? 'forbidden' : 'bad request', reason: gate.reason });
      return;
    }
    try {
      await deps.processActivity(req, res);
    } catch (err) {
      deps.log.error({ event: 'activity.failed', err }, 'adapter failed to process the activity');
      if (!res.headersSent) res.send(500, { error: 'internal error' });
    }
  });

  server.get('/healthz', async (_req: Request, res: Response) => {
    const ok = await deps.healthy().catch(() => false);
    res.send(ok ? 200 : 503, { status: ok ? 'ok' : 'unavailable' });
  });

  for (const register of extraRoutes) register(server);

  return {
    server,
    inFlight: () => inFlight,
    drained: () => (inFlight === 0 ? Promise.resolve() : new Promise<void>((resolve) => waiters.push(resolve))),
  };
}
