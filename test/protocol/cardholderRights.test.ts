import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cardOf } from '../support/botHarness';
import { cardProblems } from '../support/validateCard';
import { invokeCard, invokeText } from './checkoutHelpers';
import { FULL_ID_ANNA, json, placeOrderFor, startCast, type Cast } from './lifecycleHelpers';

let cast: Cast;
beforeEach(async () => {
  cast = await startCast();
});
afterEach(async () => cast.harness.stop());

const ANNA = 'anna.berg@contoso.example';
const reply = (r: { sent: { kind: string }[] }) => cardOf(r.sent.find((c) => c.kind === 'reply') as never);
const actionOf = (card: any, verb: string) =>
  [...card.actions, ...card.body.filter((b: any) => b.type === 'ActionSet').flatMap((b: any) => b.actions)].find(
    (a: any) => a.verb === verb,
  );
const DAY = 86_400_000;

describe("a cardholder's rights from the admin card", () => {
  it('exports everything held about a cardholder through a signed, short-lived download; refused for non-admins', async () => {
    const { harness, olle, maja } = cast;
    await placeOrderFor(cast);
    const card = reply(await olle.say('admin'));
    expect(cardProblems(card)).toEqual([]);
    const exported = invokeCard(
      await olle.click('rights.export', { ...actionOf(card, 'rights.export').data, cardholderEmail: 'Anna.Berg@contoso.example' }),
    );
    expect(cardProblems(exported)).toEqual([]);
    const url = json(exported).match(/\((http[^)]+\/rights\/exports\/[^)]+)\)/)?.[1];
    expect(url).toMatch(/sig=/);
    // The link names the request, never the person.
    expect(url).not.toContain('anna');
    expect(url).not.toContain(FULL_ID_ANNA);

    const download = await fetch(url!);
    expect(download.status).toBe(200);
    expect(download.headers.get('content-disposition')).toMatch(/^attachment; filename="cardholder-export-/);
    const file = (await download.json()) as any;
    expect(file.cardholderEmail).toBe(ANNA);
    expect(file.orderItems).toHaveLength(1);
    expect(file.orderItems[0]).toMatchObject({
      firstName: 'Anna',
      identityNumber: FULL_ID_ANNA,
      status: 'awaiting_cardholder',
      orderStatus: 'submitted',
    });
    expect(Buffer.from(file.orderItems[0].photo.jpegBase64, 'base64').subarray(0, 2)).toEqual(Buffer.from([0xff, 0xd8]));
    expect(file.orderItems[0].orderTimeline.map((e: any) => e.what)).toContain('order.submit');

    const tampered = url!.replace(/sig=[^&]+/, 'sig=AAAA');
    expect((await fetch(tampered)).status).toBe(403);

    // Not for a manager (or anyone but the company's admin and the issuer's reviewer). Local mode made Maja admin too: she is only manager now.
    expect(
      json(invokeCard(await olle.click('admin.revoke', { companyId: 'demo-company', email: 'maja@contoso.example', role: 'admin' }))),
    ).toContain('maja@contoso.example is no longer admin');
    const refused = invokeText(await maja.click('rights.export', { ...actionOf(card, 'rights.export').data, cardholderEmail: ANNA }));
    expect(refused).toContain('Only the company’s admin or the issuer’s reviewer');
    expect(invokeText(await maja.click('rights.eraseConfirm', { ...actionOf(card, 'rights.erase').data, cardholder: ANNA }))).toContain(
      'Only the company’s admin',
    );
    expect((await harness.app.store.cardholders.heldAbout('demo-company', ANNA)).orderItems[0]!.identityNumber).toBe(FULL_ID_ANNA);
    cast.time.advance(16 * 60_000);
    expect((await fetch(url!)).status).toBe(410);
    const audit = await harness.query<{ what: string; actor_kind: string; details: string }>(
      "SELECT what, actor_kind, details FROM audit_events WHERE subject_type = 'cardholder'",
    );
    expect(audit.map((a) => [a.what, a.actor_kind])).toEqual([['cardholder.export', 'admin']]);
    expect(json(audit)).not.toContain(FULL_ID_ANNA);
    expect(harness.logs.text).not.toContain(FULL_ID_ANNA);
    expect(harness.logs.text).toContain('"event":"rights.export_downloaded"');
  });

  it('erases after a confirmation; names orders under way and finishes once they ended (the daily job)', async () => {
    const { harness, olle, rita } = cast;
    const { number, orderId } = await placeOrderFor(cast);
    const card = reply(await olle.say('admin'));
    const asked = invokeCard(await olle.click('rights.erase', { ...actionOf(card, 'rights.erase').data, cardholderEmail: ANNA }));
    expect(json(asked)).toContain('It cannot be undone');
    expect(cardProblems(asked)).toEqual([]);
    // Asking erased nothing.
    expect((await harness.app.store.cardholders.heldAbout('demo-company', ANNA)).orderItems[0]!.identityNumber).toBe(FULL_ID_ANNA);

    const waiting = invokeCard(await olle.click('rights.eraseConfirm', actionOf(asked, 'rights.eraseConfirm').data));
    expect(json(waiting)).toContain(`Orders still under way: ${number}`);
    expect((await harness.app.store.cardholders.heldAbout('demo-company', ANNA)).orderItems[0]!.identityNumber).toBe(FULL_ID_ANNA);

    expect(json(invokeCard(await rita.click('review.decide', { orderId, decision: 'reject', reason: 'Wrong company' })))).toContain(
      'Rejected',
    );
    cast.time.advance(DAY);
    const run = await harness.app.retention.runOnce<{ nextWakeAt: number }>();
    expect(run.nextWakeAt).toBeGreaterThan(0);
    const items = await harness.app.store.orders.items(orderId);
    const anna = items.find((i) => i.firstName === 'Anna')!;
    expect((await harness.app.store.orders.get(orderId))?.status).toBe('rejected');
    expect(anna).toMatchObject({ lastName: 'Berg', identityNumber: '19900101-****', email: '', mobile: '' });
    expect(await harness.app.store.photos.get(anna.photoId)).toBeUndefined();
    // Bo was not part of the request.
    expect(items.find((i) => i.firstName === 'Bo')!.email).toBe('bo.ek@contoso.example');
    const audit = await harness.query<{ what: string; actor_kind: string }>(
      "SELECT what, actor_kind FROM audit_events WHERE subject_type = 'cardholder' ORDER BY seq",
    );
    expect(audit.map((a) => [a.what, a.actor_kind])).toEqual([
      ['cardholder.erase_waiting', 'admin'],
      ['cardholder.erase', 'system'],
    ]);
    // Nothing is left to find; a new request says so.
    const again = invokeCard(await olle.click('rights.eraseConfirm', { ...actionOf(card, 'rights.erase').data, cardholder: ANNA }));
    expect(json(again)).toContain('0 cart items removed, 0 ended order items cleared');
    expect(harness.logs.text).not.toContain(FULL_ID_ANNA);
  });
});
