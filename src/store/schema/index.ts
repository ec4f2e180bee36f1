export * from './companies';
export * from './people';
export * from './cart';
export * from './state';
export * from './audit';
export * from './membership';
export * from './outbox';
