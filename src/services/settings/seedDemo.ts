import type { ServiceContext } from '../context';

/**
 * Local mode only: ordering settings for the demo company, so a checkout can be tried at once.
 * Price from Nexus' public FAQ (SEK 199 excl. VAT, shipping included); the terms text is ours
 * (the real delivery terms are not public) and says so. Never overwrites existing settings.
 */
export const DEMO_TERMS_VERSION = 'demo-2026-01';

export async function seedDemoSettings({ ctx, companyId }: { ctx: ServiceContext; companyId: string }): Promise<void> {
  const { settings } = ctx.store;
  await settings.ensure({
    companyId,
    pricePerCardOre: 19_900,
    vatRatePercent: 25,
    termsVersion: DEMO_TERMS_VERSION,
    terms: {
      en: 'Demo delivery terms. A card is produced only after the cardholder has approved it. Standard delivery arrives within 5 working days of the approval; express pick-up is ready at the service point within 2 hours of the approval. The price includes shipping. The order is invoiced when it is ready for delivery. A card rejected because of wrong details or an unusable photo needs a new order, which is invoiced again.',
      sv: 'Leveransvillkor (demo). Ett kort tillverkas först när kortinnehavaren har godkänt det. Standardleverans sker inom 5 arbetsdagar efter godkännandet; expressuthämtning finns på serviceplatsen inom 2 timmar efter godkännandet. Priset inkluderar frakt. Beställningen faktureras när den är klar för leverans. Ett kort som avvisas på grund av felaktiga uppgifter eller ett oanvändbart foto kräver en ny beställning, som faktureras igen.',
    },
  });
  await settings.ensureDeliveryOption({
    id: `${companyId}:standard`,
    companyId,
    kind: 'address',
    sortOrder: 1,
    title: { en: 'Standard delivery', sv: 'Standardleverans' },
    description: {
      en: "To an address in Sweden, within 5 working days of the cardholder's approval",
      sv: 'Till en adress i Sverige, inom 5 arbetsdagar efter kortinnehavarens godkännande',
    },
  });
  await settings.ensureDeliveryOption({
    id: `${companyId}:express-pickup`,
    companyId,
    kind: 'pickup',
    sortOrder: 2,
    title: { en: 'Express pick-up', sv: 'Expressuthämtning' },
    description: {
      en: "At the Sistec service point, Kungsgatan 12, Stockholm, within 2 hours of the cardholder's approval",
      sv: 'Hos Sistecs serviceplats, Kungsgatan 12, Stockholm, inom 2 timmar efter kortinnehavarens godkännande',
    },
  });
  const demo = { name: 'Demo Bygg AB', careOf: null };
  await settings.addAddress(
    companyId,
    'delivery',
    { ...demo, careOf: 'Platskontoret Norra Tornen', street: 'Torsgatan 30', postalCode: '113 21', city: 'Stockholm' },
    `${companyId}:delivery-1`,
  );
  await settings.addAddress(
    companyId,
    'invoice',
    { ...demo, street: 'Box 1234', postalCode: '111 22', city: 'Stockholm' },
    `${companyId}:invoice-1`,
  );
  await settings.addAddress(
    companyId,
    'invoice',
    { ...demo, careOf: 'Region Syd, Fakturor', street: 'Box 45', postalCode: '211 20', city: 'Malmö' },
    `${companyId}:invoice-2`,
  );
}
