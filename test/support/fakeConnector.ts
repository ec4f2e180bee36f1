import { EventEmitter } from 'node:events';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordedCall {
  kind: 'reply' | 'send' | 'update' | 'create' | 'delete';
  conversationId: string;
  activityId?: string;
  body: any;
  at: number;
  /** The call's Authorization header (production-mode tests check the bot's token on it). */
  authorization?: string;
}

export interface Member {
  id: string;
  aadObjectId: string;
  name: string;
  email: string;
  userPrincipalName: string;
}

/** A scripted failure for the next matching call, e.g. `{ status: 429, retryAfter: 1 }`. */
export interface Failure {
  status: number;
  retryAfter?: number;
  code?: string;
  /** Only for calls to this conversation (unset: the next call of any kind). */
  conversationId?: string;
}

export type CallKind = RecordedCall['kind'] | 'member';

/** Calls stalled by `stall()`: a connector that stops answering until `release()`. */
export class Stall {
  private waiting: (() => void)[] = [];
  private watchers: (() => void)[] = [];
  released = false;
  /** How many calls have been held so far (released or not). */
  held = 0;
  constructor(readonly kinds: ReadonlySet<CallKind>) {}

  /** Resolves once `n` calls have been held. */
  whenHeld(n = 1): Promise<void> {
    if (this.held >= n) return Promise.resolve();
    return new Promise((resolve) => {
      const watch = () => {
        if (this.held < n) return;
        this.watchers = this.watchers.filter((w) => w !== watch);
        resolve();
      };
      this.watchers.push(watch);
    });
  }

  /** Lets every held call (and every later one) through. */
  release(): void {
    this.released = true;
    for (const go of this.waiting.splice(0)) go();
  }

  /**
   * Lets later calls through while the held ones stay unanswered for good: their process was
   * killed, and an answer now would record a call from a process that no longer exists.
   */
  abandon(): void {
    this.released = true;
  }

  wait(): Promise<void> {
    if (this.released) return Promise.resolve();
    this.held++;
    for (const watch of [...this.watchers]) watch();
    return new Promise((resolve) => this.waiting.push(resolve));
  }
}

/**
 * A stand-in for the Teams Bot Connector on localhost: records what the bot sends, updates and
 * creates, and serves member profiles and attachment bytes. Used as `serviceUrl` in tests.
 */
export class FakeConnector {
  readonly calls: RecordedCall[] = [];
  /** Emits 'change' after each recorded call (tests wait on it, see test/support/waitFor.ts). */
  readonly changes = new EventEmitter().setMaxListeners(0);
  readonly members = new Map<string, Member>();
  readonly files = new Map<string, { bytes: Buffer; contentType: string }>();
  /** File names answered with a redirect to the given location (see `addRedirect`). */
  readonly redirects = new Map<string, { location: string; status: number }>();
  /** Every request for a file (served, redirected or not found), with its Authorization header. */
  readonly fileRequests: { name: string; authorization?: string }[] = [];
  readonly failures: Failure[] = [];
  readonly authHeaders: (string | undefined)[] = [];
  /**
   * Production-mode tests: the connector answers 401 to a call whose Authorization header this
   * refuses, as the real one does without a valid bot token (e.g. `(h) => fakeMicrosoft.verifyAccessToken(h, …)`).
   */
  authorize?: (authorization: string | undefined) => boolean | Promise<unknown>;
  private server?: Server;
  private readonly stalls: Stall[] = [];
  private nextId = 1;
  url = '';

  /** `now` stamps recorded calls; the notification bench passes its fake clock. */
  constructor(private readonly now: () => number = Date.now) {}

  async start(): Promise<this> {
    this.server = createServer((req, res) => void this.handle(req, res));
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/`;
    return this;
  }

  async stop(): Promise<void> {
    for (const stall of this.stalls) stall.release();
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => this.server?.close(() => resolve()) ?? resolve());
  }

  addMember(member: Member): void {
    this.members.set(member.id, member);
    this.members.set(member.aadObjectId, member);
  }

  addFile(name: string, bytes: Buffer, contentType = 'image/jpeg'): string {
    this.files.set(name, { bytes, contentType });
    return `${this.url}files/${encodeURIComponent(name)}`;
  }

  /** A file URL on this connector that answers `status` with `Location: location` (a connector that redirects elsewhere). */
  addRedirect(name: string, location: string, status = 302): string {
    this.redirects.set(name, { location, status });
    return `${this.url}files/${encodeURIComponent(name)}`;
  }

  /** From now on, calls of these kinds get no answer until the returned stall is released. */
  stall(...kinds: CallKind[]): Stall {
    const stall = new Stall(new Set(kinds));
    this.stalls.push(stall);
    return stall;
  }

  private async heldBack(kind: CallKind): Promise<void> {
    for (const stall of this.stalls) if (!stall.released && stall.kinds.has(kind)) await stall.wait();
  }

  private record(call: RecordedCall): void {
    this.calls.push(call);
    this.changes.emit('change');
  }

  /** Calls recorded after `mark`, for "what did this turn send". */
  since(mark: number): RecordedCall[] {
    return this.calls.slice(mark);
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks).toString('utf8');
    const body = raw ? JSON.parse(raw) : undefined;
    const url = new URL(req.url ?? '/', 'http://x');
    const parts = url.pathname.split('/').filter(Boolean).map(decodeURIComponent);
    const json = (status: number, payload: unknown, headers: Record<string, string> = {}) => {
      res.writeHead(status, { 'content-type': 'application/json', ...headers });
      res.end(JSON.stringify(payload));
    };

    if (parts[0] === 'files') {
      this.fileRequests.push({ name: parts[1] ?? '', authorization: req.headers.authorization });
      this.changes.emit('change');
      const redirect = this.redirects.get(parts[1] ?? '');
      if (redirect) {
        res.writeHead(redirect.status, { location: redirect.location });
        res.end();
        return;
      }
      const file = this.files.get(parts[1] ?? '');
      if (!file) return json(404, { error: 'no such file' });
      res.writeHead(200, { 'content-type': file.contentType, 'content-length': file.bytes.length });
      res.end(file.bytes);
      return;
    }
    this.authHeaders.push(req.headers.authorization);
    if (this.authorize && !(await this.authorize(req.headers.authorization))) {
      return json(401, { error: { code: 'Unauthorized', message: 'Authorization has been denied for this request.' } });
    }
    if (parts[0] !== 'v3' || parts[1] !== 'conversations') return json(404, { error: 'unknown route' });

    const target = parts[2] ?? '';
    const index = req.method !== 'GET' ? this.failures.findIndex((f) => f.conversationId === undefined || f.conversationId === target) : -1;
    const failure = index >= 0 ? this.failures.splice(index, 1)[0] : undefined;
    if (failure) {
      return json(
        failure.status,
        { error: { code: failure.code ?? 'Failure', message: 'scripted failure' } },
        failure.retryAfter !== undefined ? { 'retry-after': String(failure.retryAfter) } : {},
      );
    }

    const conversationId = parts[2] ?? '';
    const authorization = req.headers.authorization;
    if (req.method === 'POST' && parts.length === 2) {
      const id = `created-${this.nextId++}`;
      this.record({ kind: 'create', conversationId: id, body, at: this.now(), authorization });
      return json(200, { id, activityId: undefined, serviceUrl: this.url });
    }
    if (req.method === 'GET' && parts[3] === 'members' && parts[4]) {
      await this.heldBack('member');
      const member = this.members.get(parts[4]);
      return member ? json(200, member) : json(404, { error: { code: 'MemberNotFoundInConversation', message: 'not found' } });
    }
    if (parts[3] === 'activities') {
      const activityId = parts[4];
      const kind = req.method === 'PUT' ? 'update' : req.method === 'DELETE' ? 'delete' : activityId ? 'reply' : 'send';
      await this.heldBack(kind);
      if (req.method === 'PUT') {
        this.record({ kind: 'update', conversationId, activityId, body, at: this.now(), authorization });
        return json(200, { id: activityId });
      }
      if (req.method === 'DELETE') {
        this.record({ kind: 'delete', conversationId, activityId, body, at: this.now(), authorization });
        return json(200, {});
      }
      const id = `activity-${this.nextId++}`;
      this.record({ kind: activityId ? 'reply' : 'send', conversationId, activityId: id, body, at: this.now(), authorization });
      return json(200, { id });
    }
    return json(404, { error: 'unknown route' });
  }
}
