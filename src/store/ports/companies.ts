import type { CompanyRole } from '../../domain/roles';

export type { CompanyRole };

export interface Company {
  id: string;
  tenantId: string;
  name: string;
  orgNumber: string | null;
}

export interface CompanyRepository {
  create(company: Omit<Company, 'id'> & { id?: string }): Promise<Company>;
  get(companyId: string): Promise<Company | undefined>;
  grant(companyId: string, personId: string, role: CompanyRole): Promise<void>;
  rolesOf(personId: string): Promise<{ company: Company; role: CompanyRole }[]>;
}
