/** Content negotiation, as much as a read-only API with one representation per route needs. */

/**
 * Whether an `Accept` header admits this media type (parameters such as `charset` ignored).
 * No header, or a range with a wildcard that covers it, admits it; `q=0` refuses.
 */
export function accepts(header: string | undefined, mediaType: string): boolean {
  if (!header || !header.trim()) return true;
  const [type, subtype] = mediaType.split(';')[0]!.trim().toLowerCase().split('/');
  return header.split(',').some((range) => {
    const [value, ...params] = range.split(';').map((s) => s.trim().toLowerCase());
    const q = params.find((p) => p.startsWith('q='));
    if (q && Number(q.slice(2)) === 0) return false;
    const [t, s] = (value ?? '').split('/');
    return (t === '*' && s === '*') || (t === type && (s === '*' || s === subtype));
  });
}
