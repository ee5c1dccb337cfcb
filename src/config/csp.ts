/**
 * The Content-Security-Policy of the production build (a meta tag; static hosts may send the
 * same as a header, with the hashes the build adds). No inline script but the two boot scripts,
 * allowed by their hashes (scripts/build-plugins.ts); pictures and feeds from any https origin.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' https: data: blob:",
  "media-src 'self' https:",
  "connect-src 'self' https:",
  "font-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');
