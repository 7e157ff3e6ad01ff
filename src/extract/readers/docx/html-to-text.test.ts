import { describe, expect, it } from 'vitest';
import { htmlToText } from './html-to-text.js';

describe('htmlToText', () => {
  it('merges bold split over runs and keeps spaces outside the markers', () => {
    expect(htmlToText('<p>Mr. <strong>Ivo </strong><strong>Darnel</strong> was held.</p>')).toBe('Mr. **Ivo Darnel** was held.');
  });

  it('numbers lists mammoth still writes as HTML, and bullets them', () => {
    expect(htmlToText('<ol><li>One</li><li>Two</li></ol><ul><li>Point</li></ul>')).toBe('1. One\n\n2. Two\n\n- Point');
  });

  it('decodes entities and drops the note back-links', () => {
    const html =
      '<p>A &amp; B &lt;C&gt; &#233;<sup><a href="#footnote-2" id="footnote-ref-2">[2]</a></sup></p>' +
      '<ol><li id="footnote-2"><p>See A/HRC/23/50. <a href="#footnote-ref-2">↑</a></p></li></ol>';
    expect(htmlToText(html)).toBe('A & B <C> é<sup>2</sup>\n\n---\n\n<sup>2</sup> See A/HRC/23/50.');
  });

  it('gives a note the number its marker shows, not its id (LibreOffice numbers the first footnote 2)', () => {
    const html =
      '<p>Held since May.<sup><a href="#footnote-2" id="footnote-ref-2">[1]</a></sup> Charged in June.<sup><a href="#footnote-3" id="footnote-ref-3">[2]</a></sup></p>' +
      '<ol><li id="footnote-2"><p>First note. <a href="#footnote-ref-2">↑</a></p></li>' +
      '<li id="footnote-3"><p>Second note. <a href="#footnote-ref-3">↑</a></p></li></ol>';
    expect(htmlToText(html)).toBe('Held since May.<sup>1</sup> Charged in June.<sup>2</sup>\n\n---\n\n<sup>1</sup> First note.\n\n<sup>2</sup> Second note.');
  });
});
