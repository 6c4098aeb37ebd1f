export * from './result';
export * from './names';
export * from './schemas';
export * from './plan-schemas';
export * from './storage-schemas';
export * from './operations';
export * from './api';
export * from './dispatch';
