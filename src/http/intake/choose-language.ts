/** The form's language from the browser's Accept-Language: the preferred one of en, fr, es; English otherwise. */
import { FORM_LANGUAGES, type FormLanguage } from '../../domain/submission.js';

export function chooseLanguage(acceptLanguage: string | undefined): FormLanguage {
  let best: { language: FormLanguage; q: number } | null = null;
  for (const item of (acceptLanguage ?? '').slice(0, 1000).split(',')) {
    const [tag = '', ...params] = item.trim().split(';');
    const primary = tag.trim().toLowerCase().split('-')[0] ?? '';
    const language = FORM_LANGUAGES.find((l) => l === primary);
    if (!language) continue;
    const qParam = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    const q = qParam ? Number(qParam.slice(2)) : 1;
    if (!Number.isFinite(q) || q <= 0) continue;
    if (!best || q > best.q) best = { language, q };
  }
  return best?.language ?? 'en';
}
