/**
 * A cheap fingerprint of a text: its length and its 32-bit FNV-1a hash. It tells a feed that
 * came back identical from one that changed without parsing it again; it is not for security.
 */
export function textDigest(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return `${text.length}:${(hash >>> 0).toString(16)}`;
}
