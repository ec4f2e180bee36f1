import { Field, Select } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import type { TabMe } from '../../http/tabContract';
import { useTab } from '../context';
import { configureChannelTab } from '../teams';
import { Notice } from './Notice';

/** The channel tab's configuration page: the company whose orders the tab shows (one the person holds a role in). */
export function ConfigureTab({ me }: { me: TabMe }) {
  const { tt } = useTab();
  const [companyId, setCompanyId] = useState(me.companies[0]?.id ?? '');
  const company = me.companies.find((c) => c.id === companyId) ?? null;
  useEffect(() => configureChannelTab(company, tt('tab.view.orders')), [company, tt]);
  if (me.companies.length === 0) return <Notice>{tt('tab.configure.none')}</Notice>;
  return (
    <Field label={tt('tab.configure.title')}>
      <Select value={companyId} onChange={(_, d) => setCompanyId(d.value)}>
        {me.companies.map((c) => (
          <option key={c.id} value={c.id}>
            {c.name}
          </option>
        ))}
      </Select>
    </Field>
  );
}
