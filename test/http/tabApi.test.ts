import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { TEST_APP_ID, TEST_TENANT } from '../support/productionEnv';
import { OTHER_TENANT, startTabStack, type TabStack } from '../support/tabStack';
import { createSigningKey, signJwt } from '../support/signingKeys';

/**
 * The Orders tab's API over HTTP against the real server in production mode: Teams SSO tokens signed
 * by FakeMicrosoft's per-tenant Entra keys, every refusal case, and what the answers hold.
 */
describe('Orders tab API: Teams SSO and permissions', () => {
  let stack: TabStack;
  beforeAll(async () => {
    stack = await startTabStack();
  });
  afterAll(async () => stack?.stop());

  const call = async (path: string, token: string | null, body?: unknown, headers: Record<string, string> = {}) => {
    const res = await fetch(`${stack.harness.url}/api/tab/${path}`, {
      method: body === undefined ? 'GET' : 'POST',
      headers: {
        ...(token ? { authorization: `Bearer ${token}` } : {}),
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        ...headers,
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const type = res.headers.get('content-type') ?? '';
    return {
      status: res.status,
      headers: res.headers,
      body: type.includes('json') ? await res.json() : Buffer.from(await res.arrayBuffer()),
    };
  };
  const refusedWith = (reason: string) =>
    stack.harness.logs.lines.some((l) => l.includes('"tab.refused"') && l.includes(`"reason":"${reason}"`));

  it('a valid token (App ID URI or app id as audience) signs the person in with their roles', async () => {
    const me = await call('me', await stack.tokenFor(stack.cast.otto));
    expect(me.status).toBe(200);
    expect(me.body).toMatchObject({
      signIn: 'teams',
      name: 'Otto Admin',
      companies: [{ name: 'Alfa Bygg AB', roles: expect.arrayContaining(['orderer', 'admin']) }],
      reviewer: false,
    });
    expect(me.headers.get('cache-control')).toBe('no-store');
    expect((await call('me', await stack.tokenFor(stack.cast.rita, { aud: TEST_APP_ID }))).body).toMatchObject({
      reviewer: true,
      companies: [],
    });
  });

  it('refuses wrong audience, another tenant, an expired token, a missing scope, a forged key and no token', async () => {
    const { olle } = stack.cast;
    const cases: [string, Promise<string | null>, number, string][] = [
      ['no token', Promise.resolve(null), 401, 'missing_token'],
      [
        'wrong audience',
        stack.tokenFor(olle, { aud: 'api://id06-bot.example.test/99999999-9999-9999-9999-999999999999' }),
        401,
        'wrong_audience',
      ],
      ['Graph audience', stack.tokenFor(olle, { aud: 'https://graph.microsoft.com' }), 401, 'wrong_audience'],
      ['other tenant', stack.tokenFor(olle, {}, { tenantId: OTHER_TENANT }), 403, 'tenant_not_allowed'],
      ['expired', stack.tokenFor(olle, {}, { issuedAt: Math.floor(Date.now() / 1000) - 7200, lifetimeSec: 3600 }), 401, 'expired'],
      ['no access_as_user', stack.tokenFor(olle, { scp: 'User.Read' }), 401, 'missing_scope'],
      ['wrong issuer', stack.tokenFor(olle, { iss: 'https://login.microsoftonline.com/common/v2.0' }), 401, 'wrong_issuer'],
      [
        'forged signature under the tenant key id',
        signJwt(
          createSigningKey(),
          { iss: stack.ms.tenant(TEST_TENANT).issuer, tid: TEST_TENANT, aud: TEST_APP_ID, oid: olle.aadObjectId, scp: 'access_as_user' },
          { kid: stack.ms.tenant(TEST_TENANT).key.kid },
        ),
        401,
        'bad_signature',
      ],
      ['a person the bot never met', stack.tokenFor({ ...olle, aadObjectId: '0b000000-0000-4000-8000-00000000000f' }), 403, 'not_met'],
    ];
    for (const [name, token, status, reason] of cases) {
      const res = await call('me', await token);
      expect([name, res.status, res.body.error]).toEqual([name, status, reason]);
      expect(res.body.message, name).toMatch(/\w/);
      expect(refusedWith(reason), name).toBe(true);
    }
    // The other tenant's token never made the server fetch that tenant's keys.
    expect(stack.ms.requests.some((r) => r.path.includes(OTHER_TENANT))).toBe(false);
  });

  it('lists, searches by POST (nothing personal in a URL), filters and pages; identity numbers only masked', async () => {
    const token = await stack.tokenFor(stack.cast.otto);
    const page1 = await call('orders/search', token, { companyId: 'demo-company' });
    expect(page1.body).toMatchObject({ total: 28, page: 1, pages: 2, scope: 'all', readOnly: false });
    expect(page1.body.rows[0]).toMatchObject({
      number: stack.cast.orders[27]!.number,
      names: ['Carl Dahl'],
      status: { code: 'submitted', filter: 'waiting_for_review' },
    });
    expect((await call('orders/search', token, { companyId: 'demo-company', page: 2 })).body.rows).toHaveLength(3);
    const found = await call('orders/search', token, { companyId: 'demo-company', text: 'östberg' });
    expect(found.body.rows.map((r: any) => [r.number, r.status.next])).toEqual([
      [stack.cast.orders[26]!.number, 'Waiting for 2 of 2 cardholders to approve'],
    ]);
    const sv = await call('orders/search', token, { companyId: 'demo-company', filter: 'delivered' }, { 'accept-language': 'sv-SE' });
    expect(sv.body.rows.map((r: any) => [r.names[0], r.status.label])).toEqual([['Anna Berg', 'Levererad']]);
    expect((await call('orders/search', token, { companyId: 'demo-company', filter: 'sideways' })).status).toBe(422);
    const detail = await call(`orders/${stack.cast.orders[26]!.number}`, token);
    expect(JSON.stringify(detail.body)).not.toContain('199001011239');
    expect(detail.body.cards[0]).toMatchObject({
      name: 'Åsa Östberg',
      identity: '19900101-****',
      manualId: true,
      findings: [expect.stringMatching(/dark/i)],
      state: { code: 'awaiting_cardholder' },
    });
    expect(detail.body.timeline.map((e: any) => e.text)).toEqual(['Order submitted', 'Approved by the issuer']);
    // The signed thumbnail link works, and fails once tampered with.
    const thumb = await fetch(`${stack.harness.url}${detail.body.cards[0].thumbnailUrl}`);
    expect([thumb.status, thumb.headers.get('content-type')]).toEqual([200, 'image/jpeg']);
    expect((await fetch(`${stack.harness.url}${detail.body.cards[0].photoUrl}`)).status).toBe(200);
    expect((await fetch(`${stack.harness.url}${detail.body.cards[0].photoUrl.replace(/sig=[^&]+/, 'sig=AAAA')}`)).status).toBe(403);
  });

  it("an orderer sees only their orders; another company's order and list are refused; managers are read-only", async () => {
    const olle = await stack.tokenFor(stack.cast.olle);
    expect((await call('orders/search', olle, { companyId: 'demo-company' })).body).toMatchObject({ total: 27, scope: 'own' });
    expect((await call(`orders/${stack.cast.orders[27]!.number}`, olle)).status).toBe(403); // Otto's order
    expect((await call(`orders/${stack.cast.orders[28]!.number}`, olle)).status).toBe(403); // Beta's order
    expect((await call('orders/search', olle, { companyId: 'beta' })).status).toBe(403);
    expect((await call('orders/ID06-2026-999999', olle)).status).toBe(404);
    expect((await call('review', olle)).status).toBe(403);
    const maja = await stack.tokenFor(stack.cast.maja);
    expect((await call('orders/search', maja, { companyId: 'demo-company' })).body).toMatchObject({ total: 28, readOnly: true });
  });

  it('exports the filtered list as CSV and XLSX', async () => {
    const maja = await stack.tokenFor(stack.cast.maja);
    const csv = await call('orders/export', maja, { companyId: 'demo-company', filter: 'waiting_for_review', format: 'csv' });
    expect(csv.headers.get('content-disposition')).toMatch(/^attachment; filename="orders-\d{4}-\d{2}-\d{2}\.csv"$/);
    const lines = (csv.body as Buffer)
      .toString('utf8')
      .replace(/^\ufeff/, '')
      .trim()
      .split('\r\n');
    expect(lines[0]).toBe('"Order";"Placed";"Status";"Next step";"Cards";"Cardholders"');
    expect(lines).toHaveLength(1 + 25);
    const xlsx = await call('orders/export', maja, { companyId: 'demo-company', format: 'xlsx' });
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(xlsx.body as unknown as ArrayBuffer);
    expect(book.worksheets[0]!.rowCount).toBe(1 + 28);
    expect(book.worksheets[0]!.getRow(2).getCell(1).value).toBe(stack.cast.orders[27]!.number);
    expect((await call('orders/export', await stack.tokenFor(stack.cast.bea), { companyId: 'demo-company', format: 'csv' })).status).toBe(
      403,
    );
  });

  it('the reviewer queue has photos, findings and manual-ID flags; my cards for the cardholder', async () => {
    const queue = await call('review', await stack.tokenFor(stack.cast.rita));
    expect(queue.body.total).toBe(26);
    expect(queue.body.rows[0]).toMatchObject({ company: 'Alfa Bygg AB', status: { code: 'submitted' } });
    const carl = (await call('review?page=3', await stack.tokenFor(stack.cast.rita))).body.rows.find(
      (r: any) => r.cards[0].name === 'Carl Dahl',
    );
    expect(carl.cards[0]).toMatchObject({ identity: '19900101-****', findings: [expect.stringMatching(/blur/i)] });
    const cards = await call('my-cards', await stack.tokenFor(stack.cast.anna));
    expect(cards.body.cards).toEqual([
      expect.objectContaining({
        orderNumber: stack.cast.orders[24]!.number,
        company: 'Alfa Bygg AB',
        state: { code: 'delivered', label: 'Delivered' },
        trackingRef: 'PN-123456',
      }),
    ]);
  });

  it('serves the tab with a CSP that only Teams may frame, and no development sign-in in production', async () => {
    const page = await fetch(`${stack.harness.url}/tab/`);
    expect(page.status).toBe(200);
    const csp = page.headers.get('content-security-policy') ?? '';
    expect(csp).toContain('frame-ancestors');
    expect(csp).toContain('https://teams.microsoft.com');
    expect(csp).not.toMatch(/frame-ancestors[^;]*\*(\s|;|$)/);
    expect(await page.text()).toContain('<div id="root">');
    expect((await fetch(`${stack.harness.url}/tab/assets/..%2f..%2fpackage.json`)).status).toBe(404);
    expect((await call('development/people', null)).status).toBe(404);
    expect((await call('development/sign-in', null, { personId: stack.cast.otto.id })).status).toBe(404);
  });

  it("the actions refuse who may not act and what cannot be read, and tell each order's outcome", async () => {
    const [olle, maja, rita, bea] = await Promise.all([
      stack.tokenFor(stack.cast.olle),
      stack.tokenFor(stack.cast.maja),
      stack.tokenFor(stack.cast.rita),
      stack.tokenFor(stack.cast.bea),
    ]);
    const first = stack.cast.orders[0]!;
    // Only the issuer decides: an orderer's or manager's attempt reads like an unknown order, and changes nothing.
    for (const token of [olle, maja]) {
      expect((await call('review/decide', token, { decision: 'approve', numbers: [first.number] })).body).toEqual({
        results: [{ number: first.number, outcome: 'not_found' }],
      });
    }
    expect((await stack.harness.app.store.orders.get(first.id))!.status).toBe('submitted');
    const invalid: [string, unknown][] = [
      ['reject without a reason', { decision: 'reject', numbers: [first.number] }],
      ['blank reason', { decision: 'reject', numbers: [first.number], reason: '   ' }],
      ['not an order number', { decision: 'approve', numbers: ['../../etc'] }],
      ['no orders', { decision: 'approve', numbers: [] }],
      [
        'too many at once',
        { decision: 'approve', numbers: Array.from({ length: 26 }, (_, i) => `ID06-2026-${String(i + 1).padStart(6, '0')}`) },
      ],
      ['unknown decision', { decision: 'maybe', numbers: [first.number] }],
    ];
    for (const [name, body] of invalid) {
      const res = await call('review/decide', rita, body);
      expect([name, res.status, res.body.error]).toEqual([name, 422, 'invalid']);
    }
    // Unknown and other people's orders in one batch: each reported, the rest applied.
    const decided = await call('review/decide', rita, {
      decision: 'approve',
      numbers: [first.number, 'ID06-2026-999999', first.number.toLowerCase()],
    });
    expect(decided.body).toEqual({
      results: [
        { number: first.number, outcome: 'applied' },
        { number: 'ID06-2026-999999', outcome: 'not_found' },
      ],
    });
    expect((await call('review/decide', rita, { decision: 'reject', numbers: [first.number], reason: 'late' })).body.results).toEqual([
      { number: first.number, outcome: 'already_decided' },
    ]);

    // Rejecting a card is the issuer's; resending is the orderer's (or an admin's), not a manager's or another company's.
    const [item] = await stack.harness.app.store.orders.items(first.id);
    expect((await call('cards/reject', olle, { number: first.number, itemId: item!.id, reason: 'no' })).status).toBe(403);
    expect((await call('cards/resend', maja, { itemId: item!.id, round: item!.approvalRound })).status).toBe(403);
    expect((await call('cards/resend', bea, { itemId: item!.id, round: item!.approvalRound })).status).toBe(403);
    expect((await call('cards/resend', olle, { itemId: item!.id, round: item!.approvalRound, email: 'not-an-address' })).status).toBe(422);
    expect((await call('cards/resend', olle, { itemId: 'no-such-item', round: 0 })).status).toBe(404);
    // A stale round (the page was open while the cardholder got a new card) changes nothing.
    expect((await call('cards/resend', olle, { itemId: item!.id, round: item!.approvalRound + 5 })).body).toEqual({
      outcome: 'already_decided',
      reached: false,
    });
    const resent = await call('cards/resend', olle, { itemId: item!.id, round: item!.approvalRound });
    expect(resent.body).toEqual({ outcome: 'applied', reached: false });
    // The order page offers the orderer the resend, the manager nothing.
    const page = await call(`orders/${first.number}`, olle);
    expect(page.body.cards[0]).toMatchObject({ round: item!.approvalRound + 1, actions: ['resend', 'cancel'] });
    expect((await call(`orders/${first.number}`, maja)).body.cards[0].actions).toEqual([]);
    expect((await call('review', rita)).body.rows[0].cards[0].actions).toEqual(['reject']);
  });

  it('a reason shows in the tab as typed; only what goes to Teams escapes its Markdown', async () => {
    const [olle, rita] = await Promise.all([stack.tokenFor(stack.cast.olle), stack.tokenFor(stack.cast.rita)]);
    const order = stack.cast.orders[6]!;
    const reason = '**late** _again_';
    expect((await call('review/decide', rita, { decision: 'reject', numbers: [order.number], reason })).body.results).toEqual([
      { number: order.number, outcome: 'applied' },
    ]);
    expect((await call(`orders/${order.number}`, olle)).body.timeline.map((e: any) => e.text)).toContain(
      `Rejected by the issuer: ${reason}`,
    );
    const lines = (await stack.harness.app.store.outbox.list({ status: 'pending' }))
      .map((m) => String(m.payload.line ?? ''))
      .filter((l) => l.includes('late'));
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) expect(line).toContain('\\*\\*late\\*\\* \\_again\\_');
  });

  it('the orderer cancels an order before production with a reason; managers and other companies may not; production ends it', async () => {
    const [olle, maja, bea] = await Promise.all([
      stack.tokenFor(stack.cast.olle),
      stack.tokenFor(stack.cast.maja),
      stack.tokenFor(stack.cast.bea),
    ]);
    const order = stack.cast.orders[5]!;
    expect((await call(`orders/${order.number}`, olle)).body).toMatchObject({ cancellable: true, cards: [{ actions: ['cancel'] }] });
    expect((await call(`orders/${order.number}`, maja)).body).toMatchObject({ cancellable: false, cards: [{ actions: [] }] });
    expect((await call('orders/cancel', maja, { number: order.number, reason: 'no' })).status).toBe(403);
    expect((await call('orders/cancel', bea, { number: order.number, reason: 'no' })).status).toBe(403);
    expect((await call('orders/cancel', olle, { number: order.number })).status).toBe(422);
    expect((await call('orders/cancel', olle, { number: 'ID06-2026-999999', reason: 'x' })).status).toBe(404);
    expect((await call('orders/cancel', olle, { number: order.number, reason: 'Employee left' })).body).toEqual({ outcome: 'applied' });
    expect((await call('orders/cancel', olle, { number: order.number, reason: 'Employee left' })).body).toEqual({
      outcome: 'already_decided',
    });
    const page = await call(`orders/${order.number}`, olle);
    expect(page.body).toMatchObject({
      cancellable: false,
      status: { filter: 'cancelled' },
      cards: [{ state: { code: 'cancelled' }, actions: [] }],
    });
    // Delivered: nothing to cancel, and a forged request is refused by the order machine.
    const delivered = stack.cast.orders[24]!;
    expect((await call(`orders/${delivered.number}`, olle)).body.cancellable).toBe(false);
    expect((await call('orders/cancel', olle, { number: delivered.number, reason: 'late' })).body).toEqual({ outcome: 'refused' });
  });
});
