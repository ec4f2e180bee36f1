import { createContext, useContext } from 'react';
import type { Api } from './api';
import type { TabLocale, Tt } from './i18n';

export interface TabContext {
  api: Api;
  tt: Tt;
  locale: TabLocale;
}

export const Tab = createContext<TabContext | null>(null);
export const useTab = (): TabContext => useContext(Tab)!;
