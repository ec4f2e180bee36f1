import { renderTemplate, type AdaptiveCard } from './render';
import template from './question.json';

export interface Choice {
  title: string;
  value: string;
}

/**
 * A dialog question with buttons (verb `dialog.answer`). Typing the answer works too; the nonce
 * lets the dialog ignore clicks on an older question. `answered` renders the read-only version.
 */
export function questionCard(question: string, choices: Choice[], nonce: string, answered = ''): AdaptiveCard {
  return renderTemplate(template, { question, choices: answered ? [] : choices, nonce, answered });
}
