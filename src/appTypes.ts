import type { CloudAdapter } from 'botbuilder';
import type { Config } from './config';
import type { Logger } from './logger';
import type { OutboxWorker, WakeLoop } from './notify';
import type { Store } from './store/ports';
import type { FaceDetector } from './photos/faces/port';
import type { Id06Bot } from './teams/bot';

/** What createApp (src/app.ts, the composition root) takes and returns: tests and index.ts depend on these shapes only. */
export interface AppOptions {
  config: Config;
  log: Logger;
  now?: () => Date;
  store?: Store;
  /** The face detector; by default face-api in a worker thread, loaded at the first photo and closed with the app. */
  faces?: FaceDetector;
  /** How the Orders tab fetches Entra's key sets (tests trust their fake's CA this way); the global fetch by default. */
  fetchEntraKeys?: typeof fetch;
  /** How Microsoft Graph and its token endpoint are called (tests trust their fake's CA this way); the global fetch by default. */
  fetchGraph?: typeof fetch;
}

export interface App {
  store: Store;
  adapter: CloudAdapter;
  bot: Id06Bot;
  /** Delivers the outbox; started by `listen`, stopped by `close`. */
  outbox: OutboxWorker;
  /** Approval reminders and expiry, every minute (due times in the database); `runOnce` for tests. */
  approvalTimers: WakeLoop;
  /** The daily retention purge; ticks hourly, runs once a day across the fleet; `runOnce` for tests. */
  retention: WakeLoop;
  /** Production: gets the bot's token once and logs whether the app id and secret work (never throws). */
  checkBotToken(): Promise<boolean>;
  listen(): Promise<{ port: number; url: string }>;
  /** Stop accepting, finish in-flight turns, close the database. */
  close(): Promise<void>;
}
