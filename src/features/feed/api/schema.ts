import * as v from 'valibot';

/**
 * The JSON boundary. Readers should recover what they can (JSON Feed spec), so optional
 * fields of the wrong type fall back to "absent" instead of failing the whole document.
 */
const text = v.fallback(v.optional(v.string()), undefined);
const anything = v.optional(v.unknown());

export const VERSION_PATTERN =
  /^(https?:\/\/(?:www\.)?jsonfeed\.org\/version\/1(\.\d+)?\/?|1(\.\d+)?)$/;

export const authorSchema = v.object({
  name: text,
  url: text,
  avatar: text,
});

const idSchema = v.pipe(
  v.union([v.string(), v.pipe(v.number(), v.transform(String))]),
  v.trim(),
  v.nonEmpty(),
);

export const attachmentSchema = v.object({
  url: v.string(),
  mime_type: v.string(),
  title: text,
  size_in_bytes: v.fallback(v.optional(v.number()), undefined),
  duration_in_seconds: v.fallback(v.optional(v.number()), undefined),
});

export const itemSchema = v.object({
  id: idSchema,
  url: text,
  external_url: text,
  title: text,
  content_html: text,
  content_text: text,
  summary: text,
  image: text,
  banner_image: text,
  date_published: text,
  date_modified: text,
  language: text,
  author: anything,
  authors: anything,
  tags: v.fallback(v.optional(v.union([v.array(v.unknown()), v.string()])), undefined),
  attachments: anything,
  _broadsheet: v.fallback(
    v.optional(v.object({ comments_url: text, original_date: text })),
    undefined,
  ),
});

export const feedSchema = v.object({
  version: v.string(),
  title: text,
  home_page_url: text,
  feed_url: text,
  description: text,
  icon: text,
  favicon: text,
  language: text,
  next_url: text,
  author: anything,
  authors: anything,
  items: anything,
});

export type RawItem = v.InferOutput<typeof itemSchema>;
