import { Layout } from './layout.js';

/** The same page for a letter that does not exist and one not yet published: nothing tells them apart. */
export function NotFoundPage() {
  return (
    <Layout title="Not found">
      <h1>Not found</h1>
      <p>There is no published letter at this address.</p>
      <p><a href="/letters">All published letters</a></p>
    </Layout>
  );
}
