export * from './types';
export { buildRecoveryLetter, formatDollars, itemLine } from './build';
