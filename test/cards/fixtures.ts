import { randomUUID } from 'node:crypto';
import { UrlSigner } from '../../src/http/signing';
import { thumbnailPath, THUMBNAIL_TTL_MS } from '../../src/http/photoRoutes';
import { DEMO_TERMS_VERSION } from '../../src/services/settings/seedDemo';
import type { CartLine, CartView } from '../../src/services/cart/viewCart';
import type { CheckoutOptions } from '../../src/services/checkout/checkoutOptions';
import type { CartItem } from '../../src/store/ports';

/** Realistic card data: long Nordic/Polish names, signed thumbnail URLs as sent, long photo advice. */
const signer = new UrlSigner('x'.repeat(48), 'https://id06-bot.contoso-bygg.example.com', () => new Date('2026-03-05T10:00:00Z'));
export const thumbnailUrl = (photoId: string) => signer.sign(thumbnailPath(photoId), THUMBNAIL_TTL_MS);

const FIRST = ['Åsa-Lena', 'Przemysław', 'Juhani', 'Märta', 'Oskar', 'Zuzanna', 'Björn-Erik', 'Liva'];
const LAST = ["O'Brien Żółkiewska", 'Brzęczyszczykiewicz', 'Väisänen-Lindqvist', 'Andersson', 'Östergren'];

export function cartLine(i: number, over: Partial<CartItem> = {}, photo: CartLine['photo'] = { kind: 'ok' }): CartLine {
  const at = new Date(Date.UTC(2026, 2, 5, 10, 0, i));
  const item: CartItem = {
    id: randomUUID(),
    companyId: 'demo-company',
    ordererId: randomUUID(),
    firstName: FIRST[i % FIRST.length]!,
    lastName: LAST[i % LAST.length]!,
    nationality: i % 3 === 0 ? 'PL' : 'SE',
    identityScheme: i % 3 === 0 ? 'pl-pesel' : 'se-personnummer',
    identityNumber: i % 3 === 0 ? '90010112345' : '199001011239',
    coordinationNumber: null,
    dateOfBirth: '1990-01-01',
    email: 'a@example.com',
    mobile: '+46701234567',
    cardType: i % 4 === 0 ? 'visitor' : 'standard',
    hasBankId: i % 2 === 0,
    manualIdVerification: i % 2 !== 0,
    photoId: photo.kind === 'missing' ? null : randomUUID(),
    photoFailure: photo.kind === 'failed' ? { code: photo.code, params: photo.params } : null,
    createdAt: at,
    updatedAt: at,
    ...over,
  };
  const findings: CartLine['findings'] =
    photo.kind === 'ok'
      ? [
          { code: 'cropped_to_portrait', params: { removedPercent: 23 } },
          { code: 'background_not_plain', params: {} },
        ]
      : [];
  return { item, photo, findings };
}

export function cartView(lines: CartLine[]): CartView {
  return {
    owner: { companyId: 'demo-company', ordererId: 'o' },
    lines,
    version: 'v1abcdefghijklmn',
    blocked: lines.filter((l) => l.photo.kind !== 'ok'),
    pricing: { pricePerCardOre: 19900, vatRatePercent: 25 },
  };
}

export const demoOptions: CheckoutOptions = {
  settings: {
    companyId: 'demo-company',
    pricePerCardOre: 19900,
    vatRatePercent: 25,
    termsVersion: DEMO_TERMS_VERSION,
    terms: { en: 'Terms.', sv: 'Villkor.' },
  },
  deliveryOptions: [
    {
      id: 'demo-company:standard',
      companyId: 'demo-company',
      kind: 'address',
      sortOrder: 1,
      title: { en: 'Standard delivery', sv: 'Standardleverans' },
      description: { en: 'To an address in Sweden, within 5 working days of approval', sv: 'Till en adress' },
    },
    {
      id: 'demo-company:express-pickup',
      companyId: 'demo-company',
      kind: 'pickup',
      sortOrder: 2,
      title: { en: 'Express pick-up', sv: 'Expressuthämtning' },
      description: { en: 'At the Sistec service point, Kungsgatan 12, Stockholm, within 2 hours of approval', sv: 'Hos Sistec' },
    },
  ],
  deliveryAddresses: [
    {
      id: 'd1',
      companyId: 'demo-company',
      purpose: 'delivery',
      name: 'Demo Bygg AB',
      careOf: 'Platskontoret Norra Tornen',
      street: 'Torsgatan 30',
      postalCode: '113 21',
      city: 'Stockholm',
    },
  ],
  invoiceAddresses: [
    {
      id: 'i1',
      companyId: 'demo-company',
      purpose: 'invoice',
      name: 'Demo Bygg AB',
      careOf: null,
      street: 'Box 1234',
      postalCode: '111 22',
      city: 'Stockholm',
    },
    {
      id: 'i2',
      companyId: 'demo-company',
      purpose: 'invoice',
      name: 'Demo Bygg AB',
      careOf: 'Region Syd, Fakturor',
      street: 'Box 45',
      postalCode: '211 20',
      city: 'Malmö',
    },
  ],
};
