import { NEW_CARD_DIALOG, type NewCardOptions } from '../../../../dialogs/newCard/newCardDialog';
import type { Route } from '../../routes';
import { leaveDialogs } from '../../dialogHost';

/** `new card`: leaves whatever dialog is open and starts the new-card questions (the dialog owns the rest). */
export function newCardRoutes(): Route[] {
  return [
    {
      name: 'newCard',
      command: { en: 'new card', key: 'command.new_card' },
      help: 'help.new_card',
      personalOnly: true,
      async handle(scope) {
        await leaveDialogs(scope);
        await scope.dc.beginDialog(NEW_CARD_DIALOG, { turn: scope } satisfies NewCardOptions);
      },
    },
  ];
}
