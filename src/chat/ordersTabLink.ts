/** The static tab's entity id in the manifest (manifest/manifest.template.json, staticTabs). */
export const ORDERS_TAB_ENTITY_ID = 'orders';

/**
 * A Teams deep link that opens the Orders tab on one order: the tab reads the order number from
 * its context's subPageId (`subEntityId` in the link). The order number is not personal data, so
 * it may travel in the link. `teamsAppId` is the manifest's id (the bot's app id here).
 */
export function ordersTabLink(teamsAppId: string, orderNumber: string): string {
  const context = encodeURIComponent(JSON.stringify({ subEntityId: orderNumber }));
  return `https://teams.microsoft.com/l/entity/${encodeURIComponent(teamsAppId)}/${ORDERS_TAB_ENTITY_ID}?context=${context}`;
}
