/** PDF bytes as base64 for the contract's `base64` field (a view on the same memory, no copy). */
export const toBase64 = (bytes: Uint8Array): string =>
  Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64');
