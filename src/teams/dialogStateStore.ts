import type { StatePropertyAccessor, TurnContext } from 'botbuilder';
import type { DialogState } from 'botbuilder-dialogs';
import type { KeyValueStorage } from '../store/ports';

interface Loaded {
  key: string;
  value: DialogState | undefined;
  snapshot: string;
  eTag: string | undefined;
}

const LOADED = Symbol('dialogStateLoaded');

/**
 * Dialog state of one conversation, read once per turn and written back only when it changed,
 * with the eTag it was read with (a concurrent write from another bot instance is a conflict, not
 * a silent overwrite). An empty dialog stack deletes the row: answers do not outlive the dialog.
 * Cheaper than ConversationState, which hashes and re-serialises the state twice per turn.
 */
export class DialogStateStore implements StatePropertyAccessor<DialogState> {
  readonly name = 'dialogState';
  constructor(private readonly storage: KeyValueStorage) {}

  private keyOf(context: TurnContext): string {
    const { channelId, conversation } = context.activity;
    return `${channelId}/conversations/${conversation.id}/dialogState`;
  }

  private async load(context: TurnContext): Promise<Loaded> {
    const existing = context.turnState.get(LOADED) as Loaded | undefined;
    if (existing) return existing;
    const key = this.keyOf(context);
    const item = (await this.storage.read([key]))[key] as { state?: DialogState; eTag?: string } | undefined;
    const loaded: Loaded = { key, value: item?.state, snapshot: JSON.stringify(item?.state ?? null), eTag: item?.eTag };
    context.turnState.set(LOADED, loaded);
    return loaded;
  }

  async get(context: TurnContext, defaultValue?: DialogState): Promise<DialogState> {
    const loaded = await this.load(context);
    if (loaded.value === undefined && defaultValue !== undefined) loaded.value = defaultValue;
    return loaded.value as DialogState;
  }

  async set(context: TurnContext, value: DialogState): Promise<void> {
    (await this.load(context)).value = value;
  }

  async delete(context: TurnContext): Promise<void> {
    (await this.load(context)).value = undefined;
  }

  /** Called once at the end of every turn. */
  async save(context: TurnContext): Promise<void> {
    const loaded = context.turnState.get(LOADED) as Loaded | undefined;
    if (!loaded) return;
    const empty = !loaded.value || (loaded.value.dialogStack?.length ?? 0) === 0;
    const json = empty ? 'null' : JSON.stringify(loaded.value);
    if (json === loaded.snapshot) return;
    if (empty) {
      await this.storage.delete([loaded.key]);
    } else {
      await this.storage.write({ [loaded.key]: { state: loaded.value, ...(loaded.eTag ? { eTag: loaded.eTag } : {}) } });
    }
    loaded.snapshot = json;
  }
}
