import type { ComponentChildren } from 'preact';

export interface LayoutProps {
  title: string;
  children: ComponentChildren;
  /** The search box's current query, kept on every page. */
  query?: string;
}

export function Layout({ title, children, query }: LayoutProps) {
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
          <form role="search" action="/letters" method="get">
            <label for="q">Search letters</label>
            <input id="q" name="q" type="search" value={query ?? ''} />
            <button type="submit">Search</button>
          </form>
        </header>
        <main id="main">{children}</main>
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
