/**
 * The Content Security Policy for every page Lockstep shows, in Electron (app://) and browser mode.
 * renderer/index.html carries the same policy in a meta tag; a test keeps the two equal.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-src 'none'",
].join('; ');
