// Bench only (`node --expose-gc --import` before the host): SIGUSR2 runs a full collection, so RSS
// figures compare live memory rather than garbage the collector has not reached yet.
process.on('SIGUSR2', () => globalThis.gc?.());
