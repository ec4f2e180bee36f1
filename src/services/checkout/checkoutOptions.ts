import type { CartOwner, CompanyAddress, CompanySettings, DeliveryOption } from '../../store/ports';
import type { ServiceContext } from '../context';
import { SettingsMissingError } from '../errors';

/** What the checkout offers: the company's delivery options, saved addresses, invoice addresses, price and terms. */
export interface CheckoutOptions {
  settings: CompanySettings;
  deliveryOptions: DeliveryOption[];
  deliveryAddresses: CompanyAddress[];
  invoiceAddresses: CompanyAddress[];
}

export async function checkoutOptionsFor(ctx: ServiceContext, owner: CartOwner): Promise<CheckoutOptions> {
  const { settings, deliveryOptions, addresses } = await ctx.store.settings.checkoutOffer(owner.companyId);
  const invoiceAddresses = addresses.filter((a) => a.purpose === 'invoice');
  if (!settings || deliveryOptions.length === 0 || invoiceAddresses.length === 0) {
    throw new SettingsMissingError(`company ${owner.companyId} lacks settings, delivery options or invoice addresses`);
  }
  return { settings, deliveryOptions, deliveryAddresses: addresses.filter((a) => a.purpose === 'delivery'), invoiceAddresses };
}
