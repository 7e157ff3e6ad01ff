/**
 * Where to go after signing in. Only a path of the workspace itself is followed: anything else
 * (another site, `//host`, a backslash trick, a control character) falls back to the overview,
 * so a link to the sign-in page cannot send anyone elsewhere afterwards.
 */
const STAFF_PATH = /^\/staff(?:[/?#]|$)/;

export function safeNext(value: unknown): string {
  if (typeof value !== 'string' || value.length > 1000) return '/staff';
  // eslint-disable-next-line no-control-regex -- refusing control characters is the point
  if (!STAFF_PATH.test(value) || /[\\\u0000-\u001f\u007f]/.test(value) || value.includes('/..') || value.includes('/./')) return '/staff';
  if (/^\/staff\/(?:login|logout|second-factor)(?:[/?#]|$)/.test(value)) return '/staff';
  return value;
}

/** `url` with `?next=` when the destination is not the overview. */
export function withNext(url: string, next: string): string {
  return next === '/staff' ? url : `${url}${url.includes('?') ? '&' : '?'}next=${encodeURIComponent(next)}`;
}
