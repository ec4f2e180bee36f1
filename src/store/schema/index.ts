export * from './companies';
export * from './people';
export * from './cart';
export * from './state';
export * from './imports';
export * from './uploads';
