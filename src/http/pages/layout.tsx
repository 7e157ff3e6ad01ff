import type { ComponentChildren } from 'preact';

export interface LayoutProps {
  title: string;
  children: ComponentChildren;
  /** The search box's current words, kept on every page. */
  query?: string;
  /** The home page has its own search box: the header leaves its own out. */
  headerSearch?: boolean;
}

/** Every page: skip link, header with the site's search, one main landmark, footer. */
export function Layout({ title, children, query, headerSearch = true }: LayoutProps) {
  return (
    <html lang="en">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{`${title} · Rapporteur`}</title>
        <link rel="stylesheet" href="/assets/site.css" />
      </head>
      <body>
        <a class="skip" href="#main">Skip to content</a>
        <header class="site">
          <a class="brand" href="/">Rapporteur</a>
          <nav aria-label="Sections">
            <a href="/search">Letters</a>
            <a href="/states">States</a>
            <a href="/mandates">Mandates</a>
            <a href="/people">People</a>
            <a href="/submit">Submit information</a>
          </nav>
          {headerSearch && (
            <form role="search" action="/search" method="get">
              <label for="site-q">Search letters</label>
              <input id="site-q" name="q" type="search" value={query ?? ''} />
              <button type="submit">Search</button>
            </form>
          )}
        </header>
        <main id="main" tabIndex={-1}>{children}</main>
        <footer class="site">
          <p>
            Communications of the UN Special Procedures and the replies of the recipients, published after their
            confidential period. <a href="/api/v1/communications">Open data (JSON)</a>
          </p>
        </footer>
      </body>
    </html>
  );
}
