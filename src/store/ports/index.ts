/** The storage ports: one file per entity, re-exported here so callers import `store/ports`. */
export * from './audit';
export * from './botState';
export * from './cart';
export * from './companies';
export * from './conversations';
export * from './effects';
export * from './imports';
export * from './leases';
export * from './lifecycle';
export * from './membership';
export * from './orders';
export * from './outbox';
export * from './people';
export * from './photos';
export * from './settings';
export * from './store';
export * from './uploads';
