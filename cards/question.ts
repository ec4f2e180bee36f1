import { renderTemplate, type AdaptiveCard } from './render';
import template from './question.json';

export interface Choice {
  title: string;
  value: string;
}

/**
 * A dialog question with buttons (verb `dialog.answer`). Typing the answer works too; the nonce
 * lets the dialog ignore clicks on an older question. `answered` renders the read-only version;
 * `progress` ("Question 3 of 9") is a small line above the question.
 */
export function questionCard(question: string, choices: Choice[], nonce: string, answered = '', progress = ''): AdaptiveCard {
  return renderTemplate(template, { question, choices: answered ? [] : choices, nonce, answered, progress });
}

/** A question sent as plain text (no buttons), with its progress line ("Question 3 of 9") first. */
export const withProgress = (progress: string, question: string): string => (progress ? `_${progress}_\n\n${question}` : question);
