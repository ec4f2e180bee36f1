import { parseKeyRing, type KeyRing } from '../../src/crypto';

/** A minimal valid production environment (SingleTenant) for configuration-level tests; nothing is contacted. */
export const TEST_APP_ID = '11111111-2222-3333-4444-555555555555';
export const TEST_TENANT = '72f988bf-86f1-41af-91ab-2d7cd011db47';
/** The data key ring production requires (DATA_KEYS etc.); fixed so tests that share a store can open each other's rows. */
export const TEST_DATA_KEYS = {
  DATA_KEYS: `k1:${Buffer.alloc(32, 1).toString('base64')}`,
  DATA_KEY_ID: 'k1',
  DATA_INDEX_KEY: Buffer.alloc(32, 2).toString('base64'),
};
/** The ring a test's own store opens the rows of a bot started with TEST_DATA_KEYS with. */
export const testKeyRing = (): KeyRing =>
  parseKeyRing({ dataKeys: TEST_DATA_KEYS.DATA_KEYS, dataKeyId: TEST_DATA_KEYS.DATA_KEY_ID, indexKey: TEST_DATA_KEYS.DATA_INDEX_KEY });
export const PRODUCTION_ENV = {
  MicrosoftAppId: TEST_APP_ID,
  MicrosoftAppPassword: 'secret',
  MicrosoftAppTenantId: TEST_TENANT,
  MicrosoftAppType: 'SingleTenant',
  ALLOWED_TENANT_IDS: TEST_TENANT,
  PUBLIC_BASE_URL: 'https://bot.example.com/',
  SIGNING_SECRET: 'x'.repeat(40),
  ...TEST_DATA_KEYS,
};
