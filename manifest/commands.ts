/**
 * The bot's commands, in the order Teams lists them. One list so the manifest's `commandLists`
 * and the bot's help text cannot drift apart.
 *
 * `title` is what Teams sends as the message text when a user picks the command, so it is the
 * same in every language (the bot matches on it); only the description is translated.
 * Descriptions stay short: Teams shows them on one line in the command menu.
 */
export interface BotCommand {
  readonly title: string;
  readonly description: { readonly en: string; readonly sv: string };
}

export const BOT_COMMANDS = [
  { title: 'help', description: { en: 'What I can do and how to start', sv: 'Vad jag kan göra och hur du börjar' } },
  { title: 'new card', description: { en: 'Order an ID06 card for a person', sv: 'Beställ ett ID06-kort till en person' } },
  { title: 'cart', description: { en: 'Show the cards in your cart', sv: 'Visa korten i din varukorg' } },
  { title: 'checkout', description: { en: 'Send the cart as an order', sv: 'Skicka varukorgen som en beställning' } },
  { title: 'orders', description: { en: 'Your orders and their status', sv: 'Dina beställningar och deras status' } },
  { title: 'import', description: { en: 'Add many people from an Excel file', sv: 'Lägg till många personer från en Excel-fil' } },
  { title: 'admin', description: { en: 'Who orders and who is notified', sv: 'Vem som beställer och vem som aviseras' } },
] as const satisfies readonly BotCommand[];

export type BotCommandTitle = (typeof BOT_COMMANDS)[number]['title'];
