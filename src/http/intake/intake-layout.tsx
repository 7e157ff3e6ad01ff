import type { ComponentChildren } from 'preact';
import { FORM_LANGUAGES, type FormLanguage } from '../../domain/submission.js';
import { MESSAGES } from './messages.js';

export const formUrl = (language: FormLanguage) => `/submit/${language}`;

export interface IntakeLayoutProps {
  language: FormLanguage;
  title: string;
  children: ComponentChildren;
}

/** Every page of the submission form, in its language, with links to the form in the others. */
export function IntakeLayout({ language, title, children }: IntakeLayoutProps) {
  const m = MESSAGES[language];
  return (
    <html lang={language}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="robots" content="noindex" />
        <meta name="referrer" content="no-referrer" />
        <title>{`${title} · ${m.siteName}`}</title>
        <link rel="stylesheet" href="/assets/site.css" />
      </head>
      <body class="intake">
        <a class="skip" href="#main">
          {m.skipLink}
        </a>
        <header class="site">
          <span class="brand">{m.siteName}</span>
          <nav aria-label={m.languages} class="languages">
            {FORM_LANGUAGES.map((l) => (
              <a href={formUrl(l)} lang={l} hreflang={l} aria-current={l === language ? 'page' : undefined}>
                {MESSAGES[l].languageName}
              </a>
            ))}
          </nav>
        </header>
        <main id="main" tabIndex={-1}>
          {children}
        </main>
        <footer class="site">
          <p>{m.footer}</p>
        </footer>
      </body>
    </html>
  );
}
