import { describe, expect, it } from 'vitest';
import { ORDERS_TAB_ENTITY_ID, ordersTabLink } from '../../src/chat/ordersTabLink';
import type { OutboxMessage } from '../../src/store/ports';
import { eventRenderer } from '../../src/teams/features/orders/eventRender';
import { renderOrderDetail } from '../../src/teams/features/orders/orderDetailRoutes';
import { translator } from '../../src/i18n';

const event = (line: string, extra: Record<string, unknown> = {}): OutboxMessage =>
  ({
    payload: {
      kind: 'event',
      title: 'Order ID06-2026-000042 · Alfa Bygg AB',
      line,
      orderNumber: 'ID06-2026-000042',
      open: 'Open in Orders',
      ...extra,
    },
  }) as unknown as OutboxMessage;
type Card = { body: { text: string }[]; actions?: { type: string; title: string; url: string }[] };
const cardOf = (activity: ReturnType<ReturnType<typeof eventRenderer>>) => activity.attachments![0]!.content as Card;

describe('order event cards', () => {
  it('link to the order in the Orders tab when the bot is a Teams app', () => {
    const card = cardOf(
      eventRenderer((n) => ordersTabLink('6d1f3c2a-8b4e-4f7a-9c0d-2e5b7a9f1c3e', n))([
        event('Approved by the issuer'),
        event('Anna Berg approved her card'),
      ]),
    );
    expect(card.body.map((b) => b.text)).toEqual([
      'Order ID06-2026-000042 · Alfa Bygg AB',
      '• Approved by the issuer',
      '• Anna Berg approved her card',
    ]);
    expect(card.actions).toEqual([
      { type: 'Action.OpenUrl', title: 'Open in Orders', url: ordersTabLink('6d1f3c2a-8b4e-4f7a-9c0d-2e5b7a9f1c3e', 'ID06-2026-000042') },
    ]);
    const url = new URL(card.actions![0]!.url);
    expect(
      url.href.startsWith(`https://teams.microsoft.com/l/entity/6d1f3c2a-8b4e-4f7a-9c0d-2e5b7a9f1c3e/${ORDERS_TAB_ENTITY_ID}?context=`),
    ).toBe(true);
    expect(JSON.parse(url.searchParams.get('context')!)).toEqual({ subEntityId: 'ID06-2026-000042' });
  });

  it('have no link without an app id (the Agents Playground has no tabs) or in events queued before links existed', () => {
    expect(cardOf(eventRenderer(undefined)([event('Approved')])).actions).toBeUndefined();
    expect(
      cardOf(eventRenderer((n) => ordersTabLink('app', n))([event('Approved', { orderNumber: undefined, open: undefined })])).actions,
    ).toBeUndefined();
  });

  it("the order's own card (`order <number>`) links to it in the Orders tab too, when there is a tab", () => {
    const detail = {
      order: { id: 'o', number: 'ID06-2026-000042', status: 'approved' },
      items: [],
      progress: 'awaiting_cardholders',
      timeline: [],
      reviewer: false,
      editor: true,
      cancellable: { order: false, itemIds: [] },
    } as never;
    const link = ordersTabLink('app-id', 'ID06-2026-000042');
    expect(renderOrderDetail(translator('sv'), 'sv', detail, link).actions).toEqual(
      expect.arrayContaining([{ type: 'Action.OpenUrl', title: 'Öppna i Beställningar', url: link }]),
    );
    expect(
      (renderOrderDetail(translator('en'), 'en', detail).actions ?? []).some((a) => (a as { type: string }).type === 'Action.OpenUrl'),
    ).toBe(false);
  });
});
