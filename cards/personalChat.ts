import type { Translate } from '../src/i18n';
import { renderTemplate, type AdaptiveCard } from './render';
import template from './personalChat.json';

/**
 * Personal data is asked only in the personal chat. In a channel or group chat: why, and a deep
 * link to the personal chat (`url`). In the personal chat: the command to go on with (`command`,
 * a route name for `command.run`).
 */
export function personalChatCard(
  t: Translate,
  view: { text: string; url?: string; command?: { name: string; title: string } },
): AdaptiveCard {
  return renderTemplate(template, {
    title: t('personal.title'),
    text: view.text,
    url: view.url ?? '',
    openTitle: t('personal.open'),
    command: view.command?.name ?? '',
    commandTitle: view.command?.title ?? '',
  });
}
