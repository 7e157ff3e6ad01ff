import type { YearCount } from '../../../services/public-views.js';

export interface BarChartProps {
  /** Letters per year, split by reply. */
  years: YearCount[];
  /** Says what is counted, e.g. `Letters to Aldovia per year`. */
  caption: string;
  /** Unique on the page: ties the drawing to its caption. */
  id: string;
}

// Drawing units; the drawing scales to the page width, so a narrow drawing keeps its labels readable on a phone.
const WIDTH = 480;
const HEIGHT = 170;
const AXIS = 22;
const TOP = 16;

/**
 * Letters per year as stacked bars (replied below, not replied above), drawn on the server as
 * inline SVG. The same numbers follow as a table, for screen readers and for reading exact values.
 */
export function BarChart({ years, caption, id }: BarChartProps) {
  if (years.length === 0) return null;
  const max = Math.max(1, ...years.map((y) => y.replied + y.notReplied));
  const slot = WIDTH / years.length;
  const barWidth = Math.max(2, Math.min(48, slot * 0.7));
  const scale = (n: number) => (n / max) * (HEIGHT - AXIS - TOP);
  // Label every year while they fit, else every few years.
  const labelEvery = Math.ceil(years.length / Math.floor(WIDTH / 48));
  const total = years.reduce((s, y) => s + y.replied + y.notReplied, 0);
  const replied = years.reduce((s, y) => s + y.replied, 0);
  return (
    <figure class="chart" aria-labelledby={`${id}-caption`}>
      <figcaption id={`${id}-caption`}>{caption}</figcaption>
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-labelledby={`${id}-title`}>
        <title id={`${id}-title`}>
          {`${caption}: ${total} letters from ${years[0]!.year} to ${years[years.length - 1]!.year}, ${replied} replied to. The table below gives each year.`}
        </title>
        <line class="grid" x1="0" x2={WIDTH} y1={TOP} y2={TOP} />
        <line class="axis" x1="0" x2={WIDTH} y1={HEIGHT - AXIS} y2={HEIGHT - AXIS} />
        <text class="tick" x="2" y={TOP - 3}>{`${max} letters`}</text>
        {years.map((y, i) => {
          const x = i * slot + (slot - barWidth) / 2;
          const hReplied = scale(y.replied);
          const hOther = scale(y.notReplied);
          const base = HEIGHT - AXIS;
          return (
            <g>
              <title>{`${y.year}: ${y.replied + y.notReplied} letters, ${y.replied} replied to`}</title>
              {y.replied > 0 && <rect class="bar-replied" x={x} y={base - hReplied} width={barWidth} height={hReplied} />}
              {y.notReplied > 0 && <rect class="bar-unreplied" x={x} y={base - hReplied - hOther} width={barWidth} height={hOther} />}
              {i % labelEvery === 0 && <text class="tick" x={x + barWidth / 2} y={HEIGHT - 6} text-anchor="middle">{y.year}</text>}
            </g>
          );
        })}
      </svg>
      <p class="legend" aria-hidden="true">
        <span class="swatch bar-replied" /> replied <span class="swatch bar-unreplied" /> no reply
      </p>
      <details>
        <summary>Letters per year as a table</summary>
        <table class="numbers">
          <thead>
            <tr><th scope="col">Year</th><th scope="col">Letters</th><th scope="col">Replied to</th><th scope="col">No reply</th></tr>
          </thead>
          <tbody>
            {years.map((y) => (
              <tr><th scope="row">{y.year}</th><td>{y.replied + y.notReplied}</td><td>{y.replied}</td><td>{y.notReplied}</td></tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
