export * from './companies';
export * from './people';
export * from './cart';
export * from './state';
export * from './settings';
export * from './orders';
export * from './events';
