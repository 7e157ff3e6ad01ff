/**
 * A confirmation carried to the next page in its address (`?done=...&sig=...`, after a change
 * answered with 303). The words are signed with the session's own secret, so a link made by
 * someone else cannot make a staff page show words of their choosing.
 */
import { createHmac } from 'node:crypto';
import { sameToken } from './guard.js';

const sign = (key: string, text: string) => createHmac('sha256', key).update(text).digest('base64url').slice(0, 22);

export function withSignedNotice(href: string, text: string, key: string): string {
  const [path, hash] = href.split('#', 2) as [string, string | undefined];
  const sep = path.includes('?') ? '&' : '?';
  return `${path}${sep}done=${encodeURIComponent(text)}&sig=${sign(key, text)}${hash ? `#${hash}` : ''}`;
}

/** The notice of a request's address, if it carries one signed for this session. */
export function signedNoticeOf(query: Record<string, unknown> | undefined, key: string): string | undefined {
  const done = query?.done;
  const sig = query?.sig;
  if (typeof done !== 'string' || typeof sig !== 'string' || !done.trim()) return undefined;
  return sameToken(sig, sign(key, done)) ? done.trim().slice(0, 300) : undefined;
}
