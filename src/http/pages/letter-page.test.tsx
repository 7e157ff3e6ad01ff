import { describe, expect, it } from 'vitest';
import { renderToString } from 'preact-render-to-string';
import { emptyCommunication } from '../../domain/communication.js';
import type { LetterView } from '../../services/public-views.js';
import { LetterPage } from './letter-page.js';

function view(over: Partial<LetterView> = {}): LetterView {
  return {
    letter: { ...emptyCommunication(), date: '2025-01-10', title: 'detention of a defender', text: 'Excellency,\n\n1. First?\n2. Second?' },
    reference: 'AL XAA 1/2025',
    recipient: { code: 'XAA', name: 'Republic of Aldovia' },
    copiedTo: [{ code: 'XAB', name: 'Borelia' }],
    mandates: [{ id: 'sr-torture', title: 'Special Rapporteur on torture' }, { id: null, title: 'Working Group on something unknown' }],
    persons: [{ id: 4, name: 'Ilona Varga', role: 'victim' }, { id: null, name: 'Pavel Unresolved', role: 'mentioned' }],
    replies: [],
    cites: [{ reference: 'AL XAA 3/2024', date: '2024-04-02', publishedAs: 'AL XAA 3/2024' }, { reference: 'XAA 9/2020', date: null, publishedAs: null }],
    citedBy: [],
    links: { json: '/api/v1/communications/AL%20XAA%201%2F2025', original: null },
    ...over,
  };
}

describe('LetterPage', () => {
  it('links the recipient, the copies, the known mandates and the persons, and leaves the rest as text', () => {
    const html = renderToString(<LetterPage {...view()} />);
    expect(html).toContain('<a href="/states/XAA">Republic of Aldovia</a>');
    expect(html).toContain('<a href="/states/XAB">Borelia</a>');
    expect(html).toContain('<a href="/mandates/sr-torture">Special Rapporteur on torture</a>');
    expect(html).toContain('<li>Working Group on something unknown</li>');
    expect(html).toContain('<a href="/people/4">Ilona Varga</a>');
    expect(html).toMatch(/<dd>Pavel Unresolved<\/dd>/);
  });

  it('links a cited letter only when it is published here', () => {
    const html = renderToString(<LetterPage {...view()} />);
    expect(html).toContain('<a href="/letters/AL%20XAA%203%2F2024">AL XAA 3/2024</a>, sent on 2 April 2024');
    expect(html).toContain('XAA 9/2020 <span class="muted">(not published here)</span>');
  });

  it('links the original file only when there is one, and says when no reply came', () => {
    expect(renderToString(<LetterPage {...view()} />)).not.toContain('Original file');
    const withFile = renderToString(<LetterPage {...view({ links: { json: '/j', original: '/letters/x/original' } })} />);
    expect(withFile).toContain('<a href="/letters/x/original">Original file</a>');
    expect(withFile).toContain('No reply has been received.');
  });

  it('shows each reply with its date and text', () => {
    const html = renderToString(<LetterPage {...view({ replies: [{ date: '2025-02-20', title: null, language: 'en', text: 'The Government rejects the allegations.' }] })} />);
    expect(html).toContain('href="#replies">1 reply</a>');
    expect(html).toContain('<time datetime="2025-02-20">20 February 2025</time>');
    expect(html).toContain('<p>The Government rejects the allegations.</p>');
  });
});
