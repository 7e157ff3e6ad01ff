import { Layout } from './layout.js';

/**
 * The one page for everything not found: a letter, State, mandate or person that does not exist,
 * and one not yet public, all answer this same page, so nothing tells them apart.
 */
export function NotFoundPage() {
  return (
    <Layout title="Not found">
      <h1>Not found</h1>
      <p>There is nothing published at this address.</p>
      <p><a href="/search">All published letters</a></p>
    </Layout>
  );
}
