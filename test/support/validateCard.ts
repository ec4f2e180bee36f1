import { createRequire } from 'node:module';
import { cardBytes, type AdaptiveCard } from '../../cards/render';
import { warningTextProblems } from './cardContrast';

// The official renderer's lib/ build needs a DOM; its dist bundle parses and validates without one.
const require = createRequire(import.meta.url);
const AC = require('adaptivecards/dist/adaptivecards.js');

export const TEAMS_CARD_BYTE_LIMIT = 28 * 1024;

/** Parses a card with the official `adaptivecards` package at version 1.5; returns every problem. */
export function cardProblems(card: AdaptiveCard): string[] {
  const problems: string[] = [];
  if (card.version !== '1.5') problems.push(`version is ${card.version}, expected 1.5`);
  const parsed = new AC.AdaptiveCard();
  const context = new AC.SerializationContext(new AC.Version(1, 5));
  parsed.parse(card, context);
  for (let i = 0; i < context.eventCount; i++) {
    const event = context.getEventAt(i);
    problems.push(`parse: ${event.message}`);
  }
  const validation = parsed.validateProperties();
  for (const event of validation.validationEvents as { message: string }[]) problems.push(`validate: ${event.message}`);
  problems.push(...warningTextProblems(card));
  const json = JSON.stringify(card);
  if (json.includes('${')) problems.push('unbound template expression left in the card');
  const bytes = cardBytes(card);
  if (bytes > TEAMS_CARD_BYTE_LIMIT) problems.push(`card is ${bytes} bytes, over ${TEAMS_CARD_BYTE_LIMIT}`);
  return problems;
}
