/** Company settings for checkout: price, VAT, delivery terms, delivery options and saved addresses. */
export interface PostalAddressRecord {
  name: string;
  careOf: string | null;
  street: string;
  postalCode: string;
  city: string;
}

export interface Localised {
  en: string;
  sv: string;
}

export interface CompanySettings {
  companyId: string;
  /** Excluding VAT, in öre. */
  pricePerCardOre: number;
  vatRatePercent: number;
  terms: Localised;
  termsVersion: string;
}

export interface DeliveryOption {
  id: string;
  companyId: string;
  /** `address`: delivered to an address (asked in checkout); `pickup`: collected at the service point named in the option. */
  kind: 'address' | 'pickup';
  title: Localised;
  description: Localised;
  sortOrder: number;
}

export type AddressPurpose = 'delivery' | 'invoice';

export interface CompanyAddress extends PostalAddressRecord {
  id: string;
  companyId: string;
  purpose: AddressPurpose;
}

export interface CheckoutOffer {
  settings: CompanySettings | undefined;
  deliveryOptions: DeliveryOption[];
  addresses: CompanyAddress[];
}

export interface SettingsRepository {
  get(companyId: string): Promise<CompanySettings | undefined>;
  /** Inserts the settings unless the company already has some (seeding never overwrites an admin's values). */
  ensure(settings: CompanySettings): Promise<void>;
  /** Active options in display order. */
  deliveryOptions(companyId: string): Promise<DeliveryOption[]>;
  ensureDeliveryOption(option: DeliveryOption): Promise<void>;
  addresses(companyId: string, purpose: AddressPurpose): Promise<CompanyAddress[]>;
  /**
   * What a checkout offers the company, in two statements (a Confirm click reads it once): the
   * settings with their active delivery options in display order, and every saved address.
   */
  checkoutOffer(companyId: string): Promise<CheckoutOffer>;
  /** Adds an address unless the same one is already saved (then returns that one). */
  addAddress(companyId: string, purpose: AddressPurpose, address: PostalAddressRecord, id?: string): Promise<CompanyAddress>;
}
