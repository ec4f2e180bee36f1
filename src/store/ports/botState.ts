/** botbuilder's Storage contract, structurally (so this layer does not import botbuilder). */
export interface StoreItems {
  [key: string]: any;
}
export interface KeyValueStorage {
  read(keys: string[]): Promise<StoreItems>;
  write(changes: StoreItems): Promise<void>;
  delete(keys: string[]): Promise<void>;
}
