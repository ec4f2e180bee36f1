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
  const { settings } = ctx.store;
  const [company, deliveryOptions, deliveryAddresses, invoiceAddresses] = await Promise.all([
    settings.get(owner.companyId),
    settings.deliveryOptions(owner.companyId),
    settings.addresses(owner.companyId, 'delivery'),
    settings.addresses(owner.companyId, 'invoice'),
  ]);
  if (!company || deliveryOptions.length === 0 || invoiceAddresses.length === 0) {
    throw new SettingsMissingError(`company ${owner.companyId} lacks settings, delivery options or invoice addresses`);
  }
  return { settings: company, deliveryOptions, deliveryAddresses, invoiceAddresses };
}
