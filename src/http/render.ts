import type { VNode } from 'preact';
import { renderToString } from 'preact-render-to-string';

/** A whole HTML document from a page component; Preact escapes every text and attribute. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any page component's props
export function renderPage(page: VNode<any>): string {
  return `<!doctype html>${renderToString(page)}`;
}
