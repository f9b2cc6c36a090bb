export * from './schemas';
export * from './settings';
export * from './journal';
export * from './drafts';
export * from './quarantine';
export * from './transfer';
export * from './open-pauses';
