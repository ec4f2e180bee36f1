/** botbuilder's Storage contract, structurally (so this layer does not import botbuilder). */
export interface StoreItems {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- botbuilder's StoreItems is `any`
  [key: string]: any;
}
export interface KeyValueStorage {
  read(keys: string[]): Promise<StoreItems>;
  write(changes: StoreItems): Promise<void>;
  delete(keys: string[]): Promise<void>;
}
