import { describe, expect, it } from 'vitest';
import { renderToString } from 'preact-render-to-string';
import { emptyFilters, parseSearchQuery } from '../../domain/search-query.js';
import type { SearchView } from '../../services/public-views.js';
import { SearchPage } from './search-page.js';

function view(over: Partial<SearchView> = {}): SearchView {
  return {
    query: parseSearchQuery({ q: 'detention', state: 'XAA' }),
    total: 1,
    items: [{
      reference: 'AL XAA 1/2025', date: '2025-01-10', type: 'AL', recipient: { code: 'XAA', name: 'Republic of Aldovia' },
      title: 'detention of a defender', joint: true, language: 'en', mandateIds: ['sr-human-rights-defenders'], replyCount: 0,
      snippet: [{ text: 'was held in ', hit: false }, { text: 'detention', hit: true }, { text: ' <b>at</b> the border', hit: false }],
      snippetFrom: 'letter',
    }],
    facets: { ...Object.fromEntries(Object.keys(emptyFilters()).map((k) => [k, []])), state: [{ value: 'XAA', count: 1 }, { value: 'XAB', count: 3 }] } as SearchView['facets'],
    people: [{ id: 7, name: 'Ilona Varga', spellings: ['Ilona Varga', 'Ilona Warga'], letters: 2 }],
    labels: { state: { XAA: 'Republic of Aldovia', XAB: 'Borelia' }, mandate: {} },
    ...over,
  };
}

describe('SearchPage', () => {
  it('marks the words that matched in the passage, and shows markup in a passage as text', () => {
    const html = renderToString(<SearchPage {...view()} />);
    expect(html).toContain('was held in <mark>detention</mark> &lt;b>at&lt;/b> the border');
  });

  it('gives each facet value a link that adds it, or removes it when chosen, keeping the words', () => {
    const html = renderToString(<SearchPage {...view()} />);
    expect(html).toContain('<a href="/search?q=detention" aria-current="true" class="on"><span class="visually-hidden">Remove filter: </span>Republic of Aldovia</a>');
    expect(html).toContain('<a href="/search?q=detention&amp;state=XAA&amp;state=XAB">Borelia</a>');
  });

  it('links the people matched, with their other spellings', () => {
    const html = renderToString(<SearchPage {...view()} />);
    expect(html).toContain('<a href="/people/7">Ilona Varga</a>');
    expect(html).toContain('also spelled Ilona Warga');
  });

  it('says plainly when nothing matches', () => {
    const html = renderToString(<SearchPage {...view({ total: 0, items: [], people: [] })} />);
    expect(html).toContain('No published letter matches “detention” with these filters.');
    expect(html).not.toContain('<ol class="letters">');
  });

  it('offers the other orders, relevance only when there are words', () => {
    expect(renderToString(<SearchPage {...view()} />)).toContain('href="/search?q=detention&amp;state=XAA&amp;sort=newest"');
    const noWords = renderToString(<SearchPage {...view({ query: parseSearchQuery({}) })} />);
    expect(noWords).not.toContain('Relevance');
  });
});
