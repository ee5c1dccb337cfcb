import DOMPurify from 'dompurify';

const FORBID_TAGS = [
  'form',
  'input',
  'button',
  'select',
  'textarea',
  'iframe',
  'frame',
  'object',
  'embed',
  'style',
  'link',
  'meta',
  'base',
];
const FORBID_ATTR = ['style', 'srcdoc', 'formaction', 'action', 'ping'];

let hooked = false;

function addHooks() {
  if (hooked) return;
  hooked = true;
  DOMPurify.addHook('afterSanitizeAttributes', (node) => {
    if (node instanceof HTMLAnchorElement && node.hasAttribute('href')) {
      node.setAttribute('target', '_blank');
      node.setAttribute('rel', 'noopener noreferrer');
    }
    if (node instanceof HTMLImageElement) {
      node.setAttribute('loading', 'lazy');
      node.setAttribute('decoding', 'async');
    }
  });
}

/**
 * Feed HTML made safe for the page: no scripts, handlers, forms, frames, styles or
 * `javascript:` URLs; relative links and images resolved against the article's own URL.
 */
export function sanitizeHtml(html: string, baseUrl?: string): string {
  addHooks();
  const clean = DOMPurify.sanitize(html, {
    USE_PROFILES: { html: true },
    FORBID_TAGS,
    FORBID_ATTR,
    ALLOWED_URI_REGEXP: /^(?:(?:https?|mailto|tel):|[^a-z]|[a-z+.-]+(?:[^a-z+.\-:]|$))/i,
    RETURN_DOM_FRAGMENT: false,
  });
  return baseUrl ? resolveUrls(clean, baseUrl) : clean;
}

function resolveUrls(html: string, baseUrl: string): string {
  const template = document.createElement('template');
  template.innerHTML = html;
  for (const element of template.content.querySelectorAll('[href], [src]')) {
    for (const attribute of ['href', 'src'] as const) {
      const value = element.getAttribute(attribute);
      if (value === null || value.startsWith('#')) continue;
      try {
        element.setAttribute(attribute, new URL(value, baseUrl).href);
      } catch {
        element.removeAttribute(attribute);
      }
    }
  }
  return template.innerHTML;
}
