import type { VNode } from 'preact';
import { renderToString } from 'preact-render-to-string';

/** A whole HTML document from a page component; Preact escapes every text and attribute. */
export function renderPage(page: VNode): string {
  return `<!doctype html>${renderToString(page)}`;
}
