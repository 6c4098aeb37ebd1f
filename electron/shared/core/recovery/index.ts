export * from './types';
export * from './facts';
export * from './actions';
export * from './case';
export * from './reminders';
export * from './vault';
