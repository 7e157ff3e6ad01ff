import { describe, expect, it } from 'vitest';
import { renderToString } from 'preact-render-to-string';
import { Pagination } from './pagination.js';

const href = (p: number) => `/states/XAA?page=${p}`;

describe('Pagination', () => {
  it('links the previous and next pages and says where the reader is', () => {
    const html = renderToString(<Pagination page={2} total={45} pageSize={20} href={href} />);
    expect(html).toContain('<a href="/states/XAA?page=1" rel="prev">');
    expect(html).toContain('<a href="/states/XAA?page=3" rel="next">');
    expect(html).toContain('Page 2 of 3');
    expect(html).toContain('21–40 of 45 letters');
  });

  it('is absent when everything fits on one page, and has no next link on the last', () => {
    expect(renderToString(<Pagination page={1} total={20} pageSize={20} href={href} />)).toBe('');
    expect(renderToString(<Pagination page={3} total={45} pageSize={20} href={href} />)).not.toContain('rel="next"');
  });
});
