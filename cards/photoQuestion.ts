import type { Translate } from '../src/i18n';
import type { Choice } from './question';
import { renderTemplate, type AdaptiveCard } from './render';
import template from './photoQuestion.json';

/**
 * The photo question. Besides attaching or pasting in the chat: "Upload from phone or computer"
 * opens the signed single-use upload page in a browser (Action.OpenUrl), and "Upload in Teams"
 * opens the same page as a Teams dialog (task/fetch, answered with a fresh link). `choices` are
 * the dialog's moves (Keep, Photo later, Back), answered like any question's buttons.
 */
export function photoQuestionCard(
  t: Translate,
  view: { question: string; uploadUrl?: string; nonce: string; choices?: Choice[]; progress?: string },
): AdaptiveCard {
  return renderTemplate(template, {
    choices: view.choices ?? [],
    question: view.question,
    progress: view.progress ?? '',
    uploadUrl: view.uploadUrl ?? '',
    openBrowser: t('upload.open_browser'),
    openDialog: t('upload.open_dialog'),
    nonce: view.nonce,
  });
}
