// Validates the bundled demo data in public/data: the JSON Feed pages, the SVG illustrations
// they point to and the comment threads. No dependencies; run with
//   node scripts/check-demo-data.mjs
// Exits with status 1 and lists every problem when something is wrong.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { URL, fileURLToPath, pathToFileURL } from 'node:url';
import console from 'node:console';
import process from 'node:process';

const DATA_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '..', 'public', 'data');
const FIRST_PAGE = 'feed.json';
const VERSION = 'https://jsonfeed.org/version/1.1';
const SHARED_TOP_LEVEL = ['version', 'title', 'home_page_url', 'description', 'language', 'icon'];
const ILLUSTRATION_SIZE = { width: '1200', height: '675', viewBox: '0 0 1200 675' };
const MAX_SVG_BYTES = 4096;
// RFC 3339 date-time (the profile of ISO 8601 the JSON Feed spec asks for).
const RFC3339 =
  /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])T([01]\d|2[0-3]):[0-5]\d:([0-5]\d|60)(\.\d+)?(Z|[+-]([01]\d|2[0-3]):[0-5]\d)$/i;

const errors = [];
const warnings = [];
const rel = (file) => relative(DATA_DIR, file).split(sep).join('/');
const fail = (where, message) => errors.push(`${where}: ${message}`);

const isObject = (value) => typeof value === 'object' && value !== null && !Array.isArray(value);
const isNonEmptyString = (value) => typeof value === 'string' && value.trim() !== '';
const isDate = (value) =>
  typeof value === 'string' && RFC3339.test(value) && !isNaN(Date.parse(value));
const isAbsoluteHttpUrl = (value) => {
  try {
    const { protocol } = new URL(value);
    return protocol === 'https:' || protocol === 'http:';
  } catch {
    return false;
  }
};

function readJson(file, where) {
  let text;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    fail(where, `cannot read file (${error.code ?? error.message})`);
    return undefined;
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    fail(where, `invalid JSON (${error.message})`);
    return undefined;
  }
}

/**
 * Resolves a reference made by `fromFile` the way a browser would (relative to the document)
 * and checks that it names an existing file inside public/data. Returns the path or undefined.
 */
function resolveLocal(ref, fromFile, where) {
  if (!isNonEmptyString(ref)) {
    fail(where, `expected a non-empty string, got ${JSON.stringify(ref)}`);
    return undefined;
  }
  let url;
  try {
    url = new URL(ref, pathToFileURL(fromFile));
  } catch {
    fail(where, `not a valid URL reference: ${ref}`);
    return undefined;
  }
  if (url.protocol !== 'file:') {
    fail(where, `must be a relative path to a bundled file, got ${ref}`);
    return undefined;
  }
  const file = fileURLToPath(url);
  if (file !== DATA_DIR && !file.startsWith(DATA_DIR + sep)) {
    fail(where, `points outside public/data: ${ref}`);
    return undefined;
  }
  if (!existsSync(file) || !statSync(file).isFile()) {
    fail(where, `file not found: ${ref} (resolved to ${rel(file)})`);
    return undefined;
  }
  return file;
}

// ---------------------------------------------------------------------------------------------
// SVG files

const checkedSvgs = new Map();

function checkSvg(file, where, { illustration }) {
  const key = `${file}|${illustration}`;
  if (checkedSvgs.has(key)) return;
  checkedSvgs.set(key, true);
  const name = rel(file);
  if (!name.endsWith('.svg')) {
    fail(where, `expected an .svg file, got ${name}`);
    return;
  }
  const bytes = statSync(file).size;
  if (bytes >= MAX_SVG_BYTES) fail(name, `is ${bytes} bytes; keep SVGs under ${MAX_SVG_BYTES}`);
  const text = readFileSync(file, 'utf8');
  const root = text.match(/<svg\b[^>]*>/i);
  if (!root) {
    fail(name, 'no <svg> root element');
    return;
  }
  if (!/\bxmlns="http:\/\/www\.w3\.org\/2000\/svg"/.test(root[0])) {
    fail(name, 'root <svg> lacks xmlns="http://www.w3.org/2000/svg"');
  }
  const attr = (attribute) => root[0].match(new RegExp(`\\s${attribute}="([^"]*)"`))?.[1];
  if (!attr('viewBox')) fail(name, 'root <svg> has no viewBox');
  if (illustration) {
    for (const [attribute, expected] of Object.entries(ILLUSTRATION_SIZE)) {
      if (attr(attribute) !== expected) {
        fail(name, `${attribute} should be "${expected}", got ${JSON.stringify(attr(attribute))}`);
      }
    }
  }
  if (/<script\b/i.test(text)) fail(name, 'contains a <script> element');
  if (/<foreignObject\b/i.test(text)) fail(name, 'contains a <foreignObject> element');
  if (/\son[a-z]+\s*=/i.test(text)) fail(name, 'contains an event-handler attribute');
  for (const [, value] of text.matchAll(/\s(?:xlink:)?href\s*=\s*"([^"]*)"/gi)) {
    if (!value.startsWith('#')) fail(name, `external reference href="${value}"`);
  }
  for (const [, value] of text.matchAll(/url\(\s*['"]?([^'")]*)/gi)) {
    if (!value.startsWith('#')) fail(name, `external reference url(${value})`);
  }
  if (/@import/i.test(text)) fail(name, 'contains a CSS @import');
}

// ---------------------------------------------------------------------------------------------
// Comment threads

const commentFiles = new Map(); // file -> number of comments

function checkComments(file, where, article) {
  const name = rel(file);
  if (commentFiles.has(file)) fail(where, `${name} is already used by another item`);
  commentFiles.set(file, 0);
  const doc = readJson(file, name);
  if (doc === undefined) return;
  if (!isObject(doc)) {
    fail(name, 'top level must be an object');
    return;
  }
  if (doc.version !== 1) fail(name, `"version" must be 1, got ${JSON.stringify(doc.version)}`);
  if (!Array.isArray(doc.comments)) {
    fail(name, '"comments" must be an array');
    return;
  }
  const { comments } = doc;
  if (comments.length < 2 || comments.length > 12) {
    fail(name, `has ${comments.length} comments; demo threads hold 2 to 12`);
  }
  const byId = new Map();
  comments.forEach((comment, index) => {
    const at = `${name} comments[${index}]`;
    if (!isObject(comment)) {
      fail(at, 'must be an object');
      return;
    }
    if (!isNonEmptyString(comment.id)) fail(at, '"id" must be a non-empty string');
    else if (byId.has(comment.id)) fail(at, `duplicate comment id "${comment.id}"`);
    else byId.set(comment.id, comment);
  });
  const published = Date.parse(article.date_published);
  for (const [id, comment] of byId) {
    const at = `${name} comment "${id}"`;
    const parent = comment.parent_id;
    if (parent !== null && !(typeof parent === 'string' && byId.has(parent))) {
      fail(at, `parent_id ${JSON.stringify(parent)} is neither null nor a comment in this file`);
    }
    if (!isObject(comment.author) || !isNonEmptyString(comment.author.name)) {
      fail(at, '"author" must be an object with a non-empty "name"');
    }
    if (!isNonEmptyString(comment.content_text)) fail(at, '"content_text" must be non-empty text');
    else if (/<[a-z/!][^>]*>/i.test(comment.content_text)) {
      fail(at, '"content_text" is plain text and must not contain HTML tags');
    }
    if (!isDate(comment.date_published)) {
      fail(
        at,
        `"date_published" is not an RFC 3339 date: ${JSON.stringify(comment.date_published)}`,
      );
    } else if (!isNaN(published) && Date.parse(comment.date_published) <= published) {
      fail(at, `is dated before the article it comments on (${article.date_published})`);
    }
    // Follow the parent chain to catch cycles (a -> b -> a).
    const seen = new Set([id]);
    let current = comment;
    while (typeof current?.parent_id === 'string' && byId.has(current.parent_id)) {
      if (seen.has(current.parent_id)) {
        fail(at, 'parent_id chain loops back on itself');
        break;
      }
      seen.add(current.parent_id);
      current = byId.get(current.parent_id);
    }
  }
  commentFiles.set(file, comments.length);
}

// ---------------------------------------------------------------------------------------------
// Feed pages

const itemIds = new Map(); // id -> page where it first appeared
const visitedPages = [];
let firstTopLevel;
let previousDate;
let itemCount = 0;

function checkItem(item, index, pageFile) {
  const page = rel(pageFile);
  const at = `${page} items[${index}]${isObject(item) && item.id ? ` (${item.id})` : ''}`;
  if (!isObject(item)) {
    fail(at, 'must be an object');
    return;
  }
  itemCount += 1;

  if (!isNonEmptyString(item.id)) fail(at, '"id" must be a non-empty string');
  else if (itemIds.has(item.id)) fail(at, `duplicate id, already used in ${itemIds.get(item.id)}`);
  else itemIds.set(item.id, page);

  for (const key of ['url', 'external_url']) {
    if (key in item && !isAbsoluteHttpUrl(item[key])) fail(at, `"${key}" must be an absolute URL`);
  }
  if ('title' in item && !isNonEmptyString(item.title)) {
    fail(at, '"title" must be non-empty when present (omit it for title-less notes)');
  }
  if (!isNonEmptyString(item.content_html) && !isNonEmptyString(item.content_text)) {
    fail(at, 'needs "content_html" or "content_text"');
  }
  for (const key of ['content_html', 'content_text', 'summary', 'language']) {
    if (key in item && !isNonEmptyString(item[key]))
      fail(at, `"${key}" must be a non-empty string`);
  }
  if ('title' in item && !('summary' in item)) fail(at, 'titled articles need a "summary"');

  if (!isDate(item.date_published)) {
    fail(at, `"date_published" is not an RFC 3339 date: ${JSON.stringify(item.date_published)}`);
  } else {
    const time = Date.parse(item.date_published);
    if (previousDate !== undefined && time > previousDate) {
      fail(at, 'is newer than the item before it; pages must run newest first');
    }
    previousDate = time;
    if ('date_modified' in item) {
      if (!isDate(item.date_modified)) fail(at, '"date_modified" is not an RFC 3339 date');
      else if (Date.parse(item.date_modified) < time) {
        fail(at, '"date_modified" is earlier than "date_published"');
      }
    }
  }

  if ('authors' in item) {
    if (!Array.isArray(item.authors) || item.authors.length === 0) {
      fail(at, '"authors" must be a non-empty array');
    } else if (!item.authors.every((a) => isObject(a) && isNonEmptyString(a.name))) {
      fail(at, 'every author needs a non-empty "name"');
    }
  }
  if ('tags' in item) {
    if (!Array.isArray(item.tags) || !item.tags.every(isNonEmptyString)) {
      fail(at, '"tags" must be an array of non-empty strings');
    } else if (new Set(item.tags).size !== item.tags.length) {
      fail(at, '"tags" contains duplicates');
    }
  }

  for (const key of ['image', 'banner_image']) {
    if (!(key in item)) continue;
    const file = resolveLocal(item[key], pageFile, `${at} "${key}"`);
    if (file) checkSvg(file, `${at} "${key}"`, { illustration: true });
  }

  if ('_broadsheet' in item) {
    const ext = item._broadsheet;
    if (!isObject(ext)) {
      fail(at, '"_broadsheet" must be an object');
    } else {
      if ('original_date' in ext && !/^\d{4}-\d{2}-\d{2}$/.test(ext.original_date ?? '')) {
        fail(at, '"_broadsheet.original_date" must be a YYYY-MM-DD date');
      }
      if ('comments_url' in ext) {
        const where = `${at} "_broadsheet.comments_url"`;
        const file = resolveLocal(ext.comments_url, pageFile, where);
        if (file) checkComments(file, where, item);
      }
    }
  }
}

function checkPage(file) {
  const name = rel(file);
  visitedPages.push(file);
  const doc = readJson(file, name);
  if (!isObject(doc)) {
    if (doc !== undefined) fail(name, 'top level must be an object');
    return undefined;
  }
  if (doc.version !== VERSION) fail(name, `"version" must be "${VERSION}"`);
  if (!isNonEmptyString(doc.title)) fail(name, '"title" is required');
  if ('feed_url' in doc) fail(name, '"feed_url" must not be set on the bundled feed');
  if ('home_page_url' in doc && !isAbsoluteHttpUrl(doc.home_page_url)) {
    fail(name, '"home_page_url" must be an absolute URL');
  }
  if (!Array.isArray(doc.items)) {
    fail(name, '"items" must be an array');
  } else {
    if (doc.items.length === 0) fail(name, 'has no items');
    doc.items.forEach((item, index) => checkItem(item, index, file));
  }
  if ('icon' in doc) {
    const icon = resolveLocal(doc.icon, file, `${name} "icon"`);
    if (icon) checkSvg(icon, `${name} "icon"`, { illustration: false });
  }

  const shared = Object.fromEntries(
    [...SHARED_TOP_LEVEL, 'authors'].map((key) => [key, JSON.stringify(doc[key])]),
  );
  if (firstTopLevel === undefined) {
    firstTopLevel = shared;
  } else {
    for (const [key, value] of Object.entries(shared)) {
      if (value !== firstTopLevel[key]) fail(name, `"${key}" differs from ${FIRST_PAGE}`);
    }
  }

  if (!('next_url' in doc)) return undefined;
  const next = resolveLocal(doc.next_url, file, `${name} "next_url"`);
  if (next && visitedPages.includes(next)) {
    fail(name, `"next_url" loops back to ${rel(next)}`);
    return undefined;
  }
  return next;
}

// ---------------------------------------------------------------------------------------------

if (!existsSync(join(DATA_DIR, FIRST_PAGE))) {
  console.error(`check-demo-data: ${rel(join(DATA_DIR, FIRST_PAGE))} not found in ${DATA_DIR}`);
  process.exit(1);
}

let page = join(DATA_DIR, FIRST_PAGE);
while (page) page = checkPage(page);

// Files that nothing points to are probably mistakes, but not fatal ones.
const listed = (dir, ext) =>
  existsSync(join(DATA_DIR, dir))
    ? readdirSync(join(DATA_DIR, dir))
        .filter((entry) => entry.endsWith(ext))
        .map((entry) => join(DATA_DIR, dir, entry))
    : [];
for (const file of listed('.', '.json')) {
  if (/^feed(-\d+)?\.json$/.test(rel(file)) && !visitedPages.includes(file)) {
    fail(rel(file), 'is not reachable through the next_url chain');
  }
}
const usedSvgs = new Set([...checkedSvgs.keys()].map((key) => key.split('|')[0]));
for (const file of listed('images', '.svg')) {
  if (!usedSvgs.has(file)) {
    warnings.push(`${rel(file)}: not referenced by any feed page`);
    checkSvg(file, rel(file), { illustration: false });
  }
}
for (const file of listed('comments', '.json')) {
  if (!commentFiles.has(file)) warnings.push(`${rel(file)}: not referenced by any item`);
}

for (const warning of warnings) console.warn(`warning: ${warning}`);
if (errors.length > 0) {
  for (const error of errors) console.error(`error: ${error}`);
  console.error(`\ncheck-demo-data: ${errors.length} problem(s) in ${DATA_DIR}`);
  process.exit(1);
}
const threads = [...commentFiles.values()];
console.log(
  `check-demo-data: OK — ${visitedPages.length} pages, ${itemCount} items, ` +
    `${usedSvgs.size} SVGs, ${threads.length} comment threads ` +
    `(${threads.reduce((sum, n) => sum + n, 0)} comments)`,
);
