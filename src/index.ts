import { createApp } from './app';
import { loadConfigOrExit } from './config';
import { createLogger } from './logger';
import { dirname } from 'node:path';
import { developmentKeys } from './crypto';
import { describeDatabase, openStore } from './store/open';

const config = loadConfigOrExit();
const log = createLogger(config.logLevel);

if (config.mode === 'local') {
  log.warn(
    { event: 'auth.off', host: config.host },
    '*** LOCAL MODE: MicrosoftAppId is not set, so Bot Framework authentication is OFF. Listening on 127.0.0.1 only. Never run like this in production. ***',
  );
}

let keys = config.keys;
if (!keys) {
  const dev = developmentKeys(dirname(config.databasePath));
  keys = dev.keys;
  log.warn(
    { event: 'keys.development', path: dev.path, created: dev.created },
    `LOCAL MODE: personal data is encrypted with a development key from ${dev.path}${dev.created ? ' (created now)' : ''}; production needs DATA_KEYS, DATA_KEY_ID and DATA_INDEX_KEY`,
  );
}

let store;
try {
  store = await openStore(config, { log, keys });
} catch (err) {
  log.fatal({ event: 'db.open_failed', database: describeDatabase(config), reason: (err as Error).message }, 'cannot open the database');
  process.exit(1);
}
const app = createApp({ config, log, store });
const { url } = await app.listen();
log.info(
  { event: 'started', url, mode: config.mode, database: describeDatabase(config), dialect: store.dialect },
  `ID06 bot listening on ${url}/api/messages`,
);
// After "started": the check may take a few seconds against Entra and must not delay start-up.
void app.checkBotToken();

let stopping = false;
for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    log.info({ event: 'stopping', signal }, 'stopping: finishing in-flight turns');
    app.close().then(
      () => {
        log.info({ event: 'stopped' }, 'stopped');
        process.exit(0);
      },
      (err) => {
        log.error({ event: 'stop_failed', err }, 'shutdown failed');
        process.exit(1);
      },
    );
  });
}
