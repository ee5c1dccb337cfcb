/**
 * Seconds into a recording, from Normal Play Time as feeds and show notes write it:
 * "01:02:03.500", "1:02" or "62.5"; undefined for anything else.
 */
export function playTime(value: string | undefined): number | undefined {
  const parts = /^\s*(?:(?:(\d+):)?(\d{1,2}):)?(\d+(?:\.\d+)?)\s*$/.exec(value ?? '');
  if (!parts) return undefined;
  const [, hours = '0', minutes = '0', seconds = '0'] = parts;
  return Number(hours) * 3600 + Number(minutes) * 60 + Number(seconds);
}
