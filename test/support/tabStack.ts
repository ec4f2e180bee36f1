import { request } from 'node:https';
import { readFileSync } from 'node:fs';
import type { JWTPayload } from 'jose';
import { DEMO_COMPANY_ID } from '../../src/services/people/seedLocal';
import type { Order, Person } from '../../src/store/ports';
import { startHarness, type Harness } from './botHarness';
import { FakeMicrosoft } from './fakeMicrosoft';
import { PRODUCTION_ENV, TEST_APP_ID, TEST_TENANT } from './productionEnv';
import type { SignOptions } from './signingKeys';
import { advance, seedContext, seedOrder, seedPerson } from './tabSeed';

/** Another tenant with its own Entra keys: genuine tokens, but not allowed to use the bot. */
export const OTHER_TENANT = '0d4b7c1e-9f3a-4e2b-8c6d-5a1f2e3d4c5b';
/** The name the tab is reached by (a public https origin, as Teams frames it). */
export const PUBLIC_BASE = 'https://id06-bot.example.test';
export const APP_ID_URI = `api://id06-bot.example.test/${TEST_APP_ID}`;

/** A fetch that trusts the fake's throwaway CA (the vitest worker cannot be given NODE_EXTRA_CA_CERTS). */
export function fetchTrusting(caFile: string): typeof fetch {
  const ca = readFileSync(caFile);
  return ((url: string | URL, init?: RequestInit) =>
    new Promise<Response>((resolve, reject) => {
      const req = request(
        url,
        { method: init?.method ?? 'GET', ca, headers: init?.headers as Record<string, string>, signal: init?.signal ?? undefined },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () =>
            resolve(new Response(Buffer.concat(chunks), { status: res.statusCode ?? 500, headers: res.headers as Record<string, string> })),
          );
        },
      );
      req.on('error', reject);
      req.end(typeof init?.body === 'string' ? init.body : undefined);
    })) as typeof fetch;
}

export interface TabCast {
  olle: Person; // orderer
  otto: Person; // orderer and admin
  maja: Person; // manager
  rita: Person; // issuer reviewer
  anna: Person; // cardholder
  bea: Person; // orderer of another company
  orders: Order[];
}

export interface TabStack {
  ms: FakeMicrosoft;
  harness: Harness;
  cast: TabCast;
  /** A Teams SSO token as `authentication.getAuthToken()` returns it for this person. */
  tokenFor(person: Person, claims?: JWTPayload, opts?: SignOptions & { tenantId?: string }): Promise<string>;
  stop(): Promise<void>;
}

const OIDS = {
  olle: '0a000000-0000-4000-8000-000000000001',
  otto: '0a000000-0000-4000-8000-000000000002',
  maja: '0a000000-0000-4000-8000-000000000003',
  rita: '0a000000-0000-4000-8000-000000000004',
  anna: '0a000000-0000-4000-8000-000000000005',
  bea: '0a000000-0000-4000-8000-000000000006',
} as const;

/**
 * The bot in production mode with the Orders tab's keys at FakeMicrosoft, and a company whose
 * orders are in every state (27 by Olle, one by Otto), plus one order of another company.
 */
export async function startTabStack(opts: { now?: () => Date } = {}): Promise<TabStack> {
  const ms = await FakeMicrosoft.start();
  ms.registerApp({ appId: TEST_APP_ID, secret: PRODUCTION_ENV.MicrosoftAppPassword, tenantId: TEST_TENANT });
  ms.tenant(OTHER_TENANT);
  const harness = await startHarness(
    {
      ...PRODUCTION_ENV,
      ...ms.botEnv(),
      PUBLIC_BASE_URL: PUBLIC_BASE,
      REVIEWER_EMAILS: 'rita@issuer.example',
      ENTRA_JWKS_URL: `${ms.url}/{tenantid}/discovery/v2.0/keys`,
      ENTRA_ISSUER: `${ms.url}/{tenantid}/v2.0`,
    },
    { app: { fetchEntraKeys: fetchTrusting(ms.caFile), fetchGraph: fetchTrusting(ms.caFile) }, ...(opts.now ? { now: opts.now } : {}) },
  );
  const store = harness.app.store;
  const meet = (key: keyof typeof OIDS, name: string, email: string) =>
    seedPerson(store, { tenantId: TEST_TENANT, aadObjectId: OIDS[key], name, email });
  const cast = {
    olle: await meet('olle', 'Olle Orderer', 'olle@alfa.example'),
    otto: await meet('otto', 'Otto Admin', 'otto@alfa.example'),
    maja: await meet('maja', 'Maja Manager', 'maja@alfa.example'),
    rita: await meet('rita', 'Rita Reviewer', 'rita@issuer.example'),
    anna: await meet('anna', 'Anna Berg', 'anna.berg@alfa.example'),
    bea: await meet('bea', 'Bea Beta', 'bea@beta.example'),
    orders: [] as Order[],
  };
  await store.companies.create({ id: DEMO_COMPANY_ID, tenantId: TEST_TENANT, name: 'Alfa Bygg AB', orgNumber: null });
  await store.companies.create({ id: 'beta', tenantId: TEST_TENANT, name: 'Beta Bygg AB', orgNumber: null });
  await store.companies.grant(DEMO_COMPANY_ID, cast.olle.id, 'orderer');
  await store.companies.grant(DEMO_COMPANY_ID, cast.otto.id, 'orderer');
  await store.companies.grant(DEMO_COMPANY_ID, cast.otto.id, 'admin');
  await store.companies.grant(DEMO_COMPANY_ID, cast.maja.id, 'manager');
  await store.companies.grant('beta', cast.bea.id, 'orderer');
  const olle = { companyId: DEMO_COMPANY_ID, ordererId: cast.olle.id };
  const ctx = seedContext(store, 'rita@issuer.example');
  const who = { reviewer: { personId: cast.rita.id, tenantId: TEST_TENANT }, cardholders: [cast.anna] };
  for (let i = 0; i < 24; i++)
    cast.orders.push(await seedOrder(store, olle, [{ firstName: 'Per', lastName: `Persson ${i + 1}`, email: `per${i + 1}@alfa.example` }]));
  const anna = { firstName: 'Anna', lastName: 'Berg', email: 'anna.berg@alfa.example' };
  const annaDelivered = await seedOrder(store, olle, [anna]);
  await advance(ctx, annaDelivered, 'delivered', who);
  const rejected = await seedOrder(store, olle, [{ firstName: 'Rolf', lastName: 'Rejected', email: 'rolf@alfa.example' }]);
  await advance(ctx, rejected, 'rejected', who);
  const waiting = await seedOrder(store, olle, [
    {
      firstName: 'Åsa',
      lastName: 'Östberg',
      email: 'asa@alfa.example',
      findings: [{ code: 'too_dark', params: {} }],
      manualIdVerification: true,
    },
    { firstName: 'Bo', lastName: 'Ek', email: 'bo@alfa.example' },
  ]);
  await advance(ctx, waiting, 'awaiting_cardholders', who);
  const ottos = await seedOrder(store, { companyId: DEMO_COMPANY_ID, ordererId: cast.otto.id }, [
    { firstName: 'Carl', lastName: 'Dahl', email: 'carl@alfa.example', findings: [{ code: 'blurry', params: {} }] },
  ]);
  const betas = await seedOrder(store, { companyId: 'beta', ordererId: cast.bea.id }, [
    { firstName: 'Dana', lastName: 'Fors', email: 'dana@beta.example' },
  ]);
  cast.orders.push(annaDelivered, rejected, waiting, ottos, betas);
  return {
    ms,
    harness,
    cast,
    tokenFor: (person, claims = {}, opts = {}) =>
      ms.signEntraToken(
        opts.tenantId ?? TEST_TENANT,
        { aud: APP_ID_URI, oid: person.aadObjectId, scp: 'access_as_user', name: person.name ?? '', ...claims },
        opts,
      ),
    async stop() {
      await harness.stop();
      await ms.stop();
    },
  };
}
