import type { Attachment } from '../api/types';

/** What an episode's first recording is, the one its chapters play: audio, video or none. */
export function episodeKind(attachments: readonly Attachment[]): 'audio' | 'video' | undefined {
  const played = attachments.find((attachment) => kindOf(attachment) !== undefined);
  return played && kindOf(played);
}

/** Audio or video: what plays; undefined for pictures and files. */
export function kindOf(attachment: Attachment): 'audio' | 'video' | undefined {
  const [type] = attachment.mimeType.split('/');
  return type === 'audio' || type === 'video' ? type : undefined;
}
