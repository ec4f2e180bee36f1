import type { Translate } from '../src/i18n';
import { renderTemplate, type AdaptiveCard } from './render';
import template from './help.json';

export interface HelpEntry {
  name: string;
  description: string;
}

/** `note`: what to do about the dialog in progress, if any. */
export function helpCard(t: Translate, commands: HelpEntry[], opts: { note: string }): AdaptiveCard {
  return renderTemplate(template, {
    title: t('help.title'),
    intro: t('help.intro'),
    commands,
    note: opts.note,
  });
}
