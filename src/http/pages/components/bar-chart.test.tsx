import { describe, expect, it } from 'vitest';
import { renderToString } from 'preact-render-to-string';
import { BarChart } from './bar-chart.js';

const years = [
  { year: 2022, replied: 1, notReplied: 2 },
  { year: 2023, replied: 0, notReplied: 0 },
  { year: 2024, replied: 3, notReplied: 0 },
];

describe('BarChart', () => {
  it('draws a segment for each non-empty part of a year, the tallest year reaching the top', () => {
    const html = renderToString(<BarChart id="c" years={years} caption="Letters per year" />);
    expect(html.match(/class="bar-replied"/g)).toHaveLength(2);
    expect(html.match(/class="bar-unreplied"/g)).toHaveLength(1);
    expect(html).toContain('3 letters');
  });

  it('says in words and in a table what the drawing shows', () => {
    const html = renderToString(<BarChart id="c" years={years} caption="Letters to Aldovia per year" />);
    expect(html).toContain('role="img" aria-labelledby="c-title"');
    expect(html).toContain('Letters to Aldovia per year: 6 letters from 2022 to 2024, 4 replied to.');
    expect(html).toContain('<tr><th scope="row">2022</th><td>3</td><td>1</td><td>2</td></tr>');
    expect(html).toContain('<tr><th scope="row">2023</th><td>0</td><td>0</td><td>0</td></tr>');
  });

  it('draws nothing without letters', () => {
    expect(renderToString(<BarChart id="c" years={[]} caption="x" />)).toBe('');
  });
});
