import type { Translate } from '../src/i18n';
import { renderTemplate, type AdaptiveCard } from './render';
import template from './welcome.json';

export function welcomeCard(t: Translate, opts: { localMode: boolean }): AdaptiveCard {
  return renderTemplate(template, {
    title: t('welcome.title'),
    text: t('welcome.text'),
    localNote: opts.localMode ? t('local.auth_off') : '',
    newCard: t('welcome.button_new_card'),
    help: t('welcome.button_help'),
  });
}
