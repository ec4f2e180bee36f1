import { beforeEach, expect, it } from 'vitest';
import { TestAdapter, TurnContext } from 'botbuilder';
import { DialogStateStore } from '../../src/teams/dialogStateStore';
import type { KeyValueStorage, Store } from '../../src/store/ports';
import { describeStore } from '../support/stores';

const activity = { type: 'message', channelId: 'msteams', conversation: { id: 'conv-1' }, from: { id: 'u' }, recipient: { id: 'b' } };
const KEY = 'msteams/conversations/conv-1/dialogState';
const turn = () => new TurnContext(new TestAdapter(), activity as never);

/** Counts writes so the test can see that an unchanged state is not written again. */
function counting(storage: KeyValueStorage) {
  const counts = { write: 0, delete: 0 };
  const wrapped: KeyValueStorage = {
    read: (keys) => storage.read(keys),
    write: async (changes) => {
      counts.write++;
      await storage.write(changes);
    },
    delete: async (keys) => {
      counts.delete++;
      await storage.delete(keys);
    },
  };
  return { wrapped, counts };
}

describeStore('DialogStateStore', (backend) => {
  let store: Store;
  beforeEach(async () => {
    store = await backend.open();
  });

  it('persists a changed dialog stack and reads it back in the next turn', async () => {
    const state = new DialogStateStore(store.botState);
    const t1 = turn();
    const value = await state.get(t1, { dialogStack: [] });
    value.dialogStack.push({ id: 'newCard', state: { asking: 'lastName' } });
    await state.save(t1);
    const read = await new DialogStateStore(store.botState).get(turn());
    expect(read.dialogStack[0]).toEqual({ id: 'newCard', state: { asking: 'lastName' } });
  });

  it('does not write when nothing changed', async () => {
    const { wrapped, counts } = counting(store.botState);
    const state = new DialogStateStore(wrapped);
    const t1 = turn();
    (await state.get(t1, { dialogStack: [] })).dialogStack.push({ id: 'd', state: { n: 1 } });
    await state.save(t1);
    const t2 = turn();
    await state.get(t2, { dialogStack: [] });
    await state.save(t2);
    expect(counts.write).toBe(1);
  });

  it('deletes the row when the dialog stack is empty (no answers outlive the dialog)', async () => {
    const state = new DialogStateStore(store.botState);
    const t1 = turn();
    (await state.get(t1, { dialogStack: [] })).dialogStack.push({ id: 'd', state: { pnr: 'x' } });
    await state.save(t1);
    const t2 = turn();
    (await state.get(t2, { dialogStack: [] })).dialogStack.pop();
    await state.save(t2);
    expect(await store.botState.read([KEY])).toEqual({});
  });

  it('refuses to overwrite a state another instance wrote since this turn read it', async () => {
    const state = new DialogStateStore(store.botState);
    const seed = turn();
    (await state.get(seed, { dialogStack: [] })).dialogStack.push({ id: 'd', state: { n: 0 } });
    await state.save(seed);

    const mine = turn();
    (await state.get(mine)).dialogStack[0]!.state = { n: 1 };
    await store.botState.write({ [KEY]: { state: { dialogStack: [{ id: 'd', state: { n: 99 } }] } } }); // the other instance
    await expect(state.save(mine)).rejects.toThrow(/eTag conflict/);
    expect((await store.botState.read([KEY]))[KEY].state.dialogStack[0].state).toEqual({ n: 99 });
  });
});
