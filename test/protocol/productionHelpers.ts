import { TENANT } from '../support/botHarness';
import type { BotProcess } from '../support/botProcess';
import type { FakeMicrosoft } from '../support/fakeMicrosoft';
import { TEST_DATA_KEYS } from '../support/productionEnv';

export const APP_ID = '6d1f3c2a-8b4e-4f7a-9c0d-2e5b7a9f1c3e';
export const SECRET = 'fake-client-secret-value~not-a-real-one';
/** The Bot Framework scope the bot's token is for (the public cloud's; the tests do not change it). */
export const CHANNEL_SCOPE = 'https://api.botframework.com';

/** A SingleTenant production bot pointed at the fakes: only URLs and the CA differ from a real deployment. */
export function productionEnv(ms: FakeMicrosoft, databasePath: string, overrides: Record<string, string> = {}): Record<string, string> {
  return {
    MicrosoftAppId: APP_ID,
    MicrosoftAppPassword: SECRET,
    MicrosoftAppTenantId: TENANT,
    MicrosoftAppType: 'SingleTenant',
    ALLOWED_TENANT_IDS: TENANT,
    PUBLIC_BASE_URL: 'https://bot.example.com',
    SIGNING_SECRET: 'p'.repeat(40),
    ...TEST_DATA_KEYS,
    DATABASE_PATH: databasePath,
    HOST: '127.0.0.1',
    ...ms.botEnv(),
    ...overrides,
  };
}

export async function stopBot(bot: BotProcess | undefined): Promise<void> {
  if (!bot || bot.child.exitCode !== null) return;
  bot.child.kill('SIGTERM');
  await bot.exited;
}
