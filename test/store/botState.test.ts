import { beforeEach, expect, it } from 'vitest';
import { ConversationState, MemoryStorage, TurnContext, TestAdapter } from 'botbuilder';
import { ETagConflictError } from '../../src/store/etagConflict';
import type { Store } from '../../src/store/ports';
import { describeStore } from '../support/stores';

describeStore('bot state storage (botbuilder eTag contract)', (backend) => {
  let store: Store;
  beforeEach(async () => {
    store = await backend.open();
  });

  it('reads nothing for unknown keys', async () => {
    expect(await store.botState.read(['nope'])).toEqual({});
  });

  it.each([
    ['a new item without eTag', undefined],
    ['a new item with "*"', '*'],
    ['a new item with some eTag', 'whatever'],
  ])('writes %s and returns it with an eTag', async (_name, eTag) => {
    await store.botState.write({ k: { count: 1, ...(eTag ? { eTag } : {}) } });
    const read = await store.botState.read(['k']);
    expect(read.k.count).toBe(1);
    expect(typeof read.k.eTag).toBe('string');
    expect(read.k.eTag).not.toBe('*');
  });

  it('overwrites with the current eTag, "*" or none, and assigns a new eTag each time', async () => {
    await store.botState.write({ k: { n: 1 } });
    const first = (await store.botState.read(['k'])).k;
    await store.botState.write({ k: { n: 2, eTag: first.eTag } });
    const second = (await store.botState.read(['k'])).k;
    expect(second.n).toBe(2);
    expect(second.eTag).not.toBe(first.eTag);
    await store.botState.write({ k: { n: 3, eTag: '*' } });
    await store.botState.write({ k: { n: 4 } });
    expect((await store.botState.read(['k'])).k.n).toBe(4);
  });

  it('refuses a stale eTag with the MemoryStorage error and keeps the stored value', async () => {
    await store.botState.write({ k: { n: 1 } });
    const stale = (await store.botState.read(['k'])).k.eTag;
    await store.botState.write({ k: { n: 2, eTag: stale } });
    await expect(store.botState.write({ k: { n: 3, eTag: stale } })).rejects.toThrow(ETagConflictError);
    await expect(store.botState.write({ k: { n: 3, eTag: stale } })).rejects.toThrow('Storage: error writing "k" due to eTag conflict.');
    expect((await store.botState.read(['k'])).k.n).toBe(2);
  });

  it('behaves like MemoryStorage on the same sequence', async () => {
    const memory = new MemoryStorage();
    const outcomes = async (s: { read: MemoryStorage['read']; write: MemoryStorage['write'] }) => {
      const log: string[] = [];
      await s.write({ a: { v: 1 } });
      const tag = (await s.read(['a'])).a.eTag;
      await s.write({ a: { v: 2, eTag: tag } });
      try {
        await s.write({ a: { v: 3, eTag: tag } });
        log.push('stale accepted');
      } catch {
        log.push('stale refused');
      }
      log.push(String((await s.read(['a'])).a.v));
      return log;
    };
    expect(await outcomes(store.botState as never)).toEqual(await outcomes(memory));
  });

  it('deletes keys', async () => {
    await store.botState.write({ a: { v: 1 }, b: { v: 2 } });
    await store.botState.delete(['a']);
    expect(Object.keys(await store.botState.read(['a', 'b']))).toEqual(['b']);
  });

  it("reads a second instance's write and delete, never the copy it remembers of its own last write", async () => {
    await store.botState.write({ k: { v: 1 } });
    expect((await store.botState.read(['k'])).k.v).toBe(1);
    const other = await backend.reopen();
    const seen = (await other.botState.read(['k'])).k;
    await other.botState.write({ k: { v: 2, eTag: seen.eTag } });
    expect((await store.botState.read(['k'])).k).toEqual({ v: 2, eTag: (await other.botState.read(['k'])).k.eTag });
    await store.botState.write({ k: { v: 3 } });
    await other.botState.delete(['k']);
    expect(await store.botState.read(['k'])).toEqual({});
    await store.botState.write({ k: { v: 4 } });
    expect((await store.botState.read(['k'])).k.v).toBe(4);
  });

  it.runIf(backend.name === 'sqlite')('reads back its own last write with one statement, the eTag (SQLite)', async () => {
    const counted = store as Store & { statements(): number };
    await store.botState.write({ k: { v: 1 } });
    const before = counted.statements();
    expect((await store.botState.read(['k'])).k.v).toBe(1);
    expect(counted.statements() - before).toBe(1);
  });

  it('persists ConversationState across a reopen of the database', async () => {
    const adapter = new TestAdapter();
    const activity = { type: 'message', channelId: 'msteams', conversation: { id: 'c1' }, from: { id: 'u1' }, recipient: { id: 'b' } };
    const state = new ConversationState(store.botState);
    const prop = state.createProperty<{ step: number }>('progress');
    const ctx = new TurnContext(adapter, activity as never);
    await state.load(ctx);
    await prop.set(ctx, { step: 3 });
    await state.saveChanges(ctx);
    await store.close();

    store = await backend.reopen();
    const state2 = new ConversationState(store.botState);
    const ctx2 = new TurnContext(adapter, activity as never);
    await state2.load(ctx2);
    expect(await state2.createProperty<{ step: number }>('progress').get(ctx2)).toEqual({ step: 3 });
  });
});
