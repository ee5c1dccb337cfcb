/**
 * What one feed item may bring; anything beyond is left out when the feed is read, so one item
 * with 100,000 tags or a megabyte of title cannot freeze the page. Listed in the README under
 * "Bad input".
 */
export const LIMITS = {
  /** An id longer than this is not an id: the item is skipped as unreadable. */
  idLength: 2_000,
  urlLength: 8_000,
  titleLength: 500,
  summaryLength: 2_000,
  /** Characters of content_html and of content_text each. */
  contentLength: 1_000_000,
  tags: 50,
  tagLength: 100,
  authors: 20,
  nameLength: 200,
  attachments: 20,
  chapters: 200,
  /** People an episode names (hosts, guests, crew). */
  people: 50,
  /** An episode's highlights (podcast:soundbite). */
  soundbites: 20,
  languageLength: 35,
  descriptionLength: 2_000,
} as const;
