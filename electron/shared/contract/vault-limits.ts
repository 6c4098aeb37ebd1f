/** Limits the renderer also checks, kept free of zod so the UI bundle stays small. */
export const PASSPHRASE_MIN = 8;
