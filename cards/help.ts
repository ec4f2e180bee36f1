import type { Translate } from '../src/i18n';
import { renderTemplate, type AdaptiveCard } from './render';
import template from './help.json';

export interface HelpEntry {
  name: string;
  description: string;
}

export function helpCard(t: Translate, commands: HelpEntry[], opts: { inDialog: boolean }): AdaptiveCard {
  return renderTemplate(template, {
    title: t('help.title'),
    intro: t('help.intro'),
    commands,
    note: opts.inDialog ? t('help.dialog_note') : '',
  });
}
