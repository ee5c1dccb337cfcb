/**
 * What a tag is, whatever its spelling: "News", "news" and "NEWS", "Muslim women" and the
 * slug "muslim-women" (HuffPost writes each of its categories both ways) are one tag.
 */
export function tagKey(name: string): string {
  return name
    .toLocaleLowerCase()
    .replace(/[\s_-]+/g, ' ')
    .trim();
}
