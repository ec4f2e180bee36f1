import type { ServiceContext } from '../context';
import { seedDemoSettings } from '../settings/seedDemo';

export const DEMO_COMPANY_ID = 'demo-company';

/**
 * Local mode only: one demo company, and everyone who talks to the bot is its orderer and admin
 * (and, without configured reviewers, a reviewer: see app.ts), so the Agents Playground user can
 * try every role straight away.
 */
export async function ensureLocalOrderer({
  ctx,
  personId,
  tenantId,
}: {
  ctx: ServiceContext;
  personId: string;
  tenantId: string;
}): Promise<void> {
  await ctx.store.companies.create({ id: DEMO_COMPANY_ID, tenantId, name: 'Demo Bygg AB', orgNumber: '556677-8899' });
  await ctx.store.companies.grant(DEMO_COMPANY_ID, personId, 'orderer');
  await seedDemoSettings({ ctx, companyId: DEMO_COMPANY_ID });
  await ctx.store.companies.grant(DEMO_COMPANY_ID, personId, 'admin');
}
