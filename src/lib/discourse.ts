/**
 * A post of a Discourse forum, by its guid: of a topic's feed (`forum.example-post-<topic>-
 * <number>`; the first is the topic itself, not a reply to it), or of the forum's latest posts
 * (`forum.example-post-<id>`).
 */
export const DISCOURSE_POST = /^[\w.:-]+-post-(?:(\d+)-)?(\d+)$/;

/** Discourse's creator, "@username Full Name" or "@username" alone, as the name it shows. */
export function discourseCreator(creator: string | undefined): string | undefined {
  const named = /^@(\S+)(?:\s+(.+))?$/.exec(creator?.trim() ?? '');
  return named ? (named[2] ?? named[1]) : creator;
}
