import {
  FluentProvider,
  Tab as TabButton,
  TabList,
  teamsDarkTheme,
  teamsHighContrastTheme,
  teamsLightTheme,
  Title3,
} from '@fluentui/react-components';
import { useEffect, useMemo, useState } from 'react';
import type { TabMe } from '../http/tabContract';
import { TabApiError } from './api';
import { Tab, useTab } from './context';
import { translatorFor } from './i18n';
import { developmentToken, sessionApi } from './session';
import type { Host, TeamsTheme } from './teams';
import { useLoad } from './useLoad';
import { ConfigureTab } from './views/ConfigureTab';
import { DevelopmentSignIn } from './views/DevelopmentSignIn';
import { MyCards } from './views/MyCards';
import { Await, Notice } from './views/Notice';
import { OrderPage } from './views/OrderPage';
import { OrdersView } from './views/OrdersView';
import { ReviewQueue } from './views/ReviewQueue';

const THEMES = { default: teamsLightTheme, dark: teamsDarkTheme, contrast: teamsHighContrastTheme } as const;

export function App({ host }: { host: Host }) {
  const [theme, setTheme] = useState<TeamsTheme>(host.theme);
  useEffect(() => host.onThemeChange(setTheme), [host]);
  const { locale, tt } = useMemo(() => translatorFor(host.locale), [host]);
  const api = useMemo(() => sessionApi(host, locale), [host, locale]);
  const [signedIn, setSignedIn] = useState(host.inTeams || developmentToken.get() !== null);
  return (
    <FluentProvider theme={THEMES[theme]} style={{ minHeight: '100%', padding: 16, boxSizing: 'border-box' }} data-theme={theme}>
      <Tab.Provider value={{ api, tt, locale }}>
        {!host.inTeams && <Notice intent="warning">{tt('tab.dev.banner')}</Notice>}
        {signedIn ? (
          <Signed host={host} onSignedOut={() => setSignedIn(false)} />
        ) : (
          <DevelopmentSignIn onSignedIn={() => setSignedIn(true)} />
        )}
      </Tab.Provider>
    </FluentProvider>
  );
}

function Signed({ host, onSignedOut }: { host: Host; onSignedOut(): void }) {
  const { api, tt } = useTab();
  const me = useLoad(() => api.get<TabMe>('me'), 'me');
  useEffect(() => {
    // An expired development sign-in goes back to the sign-in form instead of an error.
    if (!host.inTeams && me.state === 'failed' && me.error instanceof TabApiError && me.error.status === 401) {
      developmentToken.clear();
      onSignedOut();
    }
  }, [host, me, onSignedOut]);
  const channelCompany = new URLSearchParams(location.search).get('company');
  return (
    <Await
      loaded={me}
      render={(me) => {
        if (host.frameContext === 'settings') return <ConfigureTab me={me} />;
        if (channelCompany !== null) {
          const company = me.companies.find((c) => c.id === channelCompany);
          return company ? <OrdersView companies={[company]} /> : <Notice>{tt('tab.channel.no_access')}</Notice>;
        }
        return <PersonalTab me={me} linkedOrder={host.subPageId} />;
      }}
    />
  );
}

type View = 'orders' | 'review' | 'cards';

const ORDER_NUMBER = /^ID06-\d{4}-\d{6}$/i;

function PersonalTab({ me, linkedOrder }: { me: TabMe; linkedOrder: string | null }) {
  const { tt } = useTab();
  // Opened from *Open in Orders* in the chat: that order first, then the person's usual views.
  const [linked, setLinked] = useState(linkedOrder && ORDER_NUMBER.test(linkedOrder) ? linkedOrder.toUpperCase() : null);
  const views: View[] = [
    ...(me.companies.length > 0 ? ['orders' as const] : []),
    ...(me.reviewer ? ['review' as const] : []),
    ...(me.cardholder ? ['cards' as const] : []),
  ];
  const [view, setView] = useState<View | undefined>(views[0]);
  if (linked) return <OrderPage number={linked} onBack={() => setLinked(null)} />;
  if (!view) return <Notice>{tt('tab.no_role')}</Notice>;
  const titles = { orders: tt('tab.view.orders'), review: tt('tab.view.review'), cards: tt('tab.view.cards') };
  return (
    <main>
      {views.length > 1 ? (
        <TabList selectedValue={view} onTabSelect={(_, data) => setView(data.value as View)}>
          {views.map((v) => (
            <TabButton key={v} value={v}>
              {titles[v]}
            </TabButton>
          ))}
        </TabList>
      ) : (
        <Title3 as="h1">{titles[view]}</Title3>
      )}
      <div style={{ marginTop: 12 }}>
        {view === 'orders' && <OrdersView companies={me.companies} />}
        {view === 'review' && <ReviewQueue />}
        {view === 'cards' && <MyCards />}
      </div>
    </main>
  );
}
