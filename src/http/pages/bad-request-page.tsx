import { Layout } from './layout.js';

/** A search address that cannot be read, saying which parameter is wrong and why. */
export function BadRequestPage({ problem }: { problem: string }) {
  return (
    <Layout title="This search cannot be read">
      <h1>This search cannot be read</h1>
      <p class="problem">The address has a mistake: {problem}.</p>
      <p><a href="/search">Start a new search</a></p>
    </Layout>
  );
}
