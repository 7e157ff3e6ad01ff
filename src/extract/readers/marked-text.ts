/**
 * Text with its bold runs, written the way the letter extractor reads it: `**bold**`. Readers
 * collect segments and render once, so that bold split over runs or lines comes out as one span
 * (`**Amina Tolvo**`, not `**Amina** **Tolvo**`) and never wraps the spaces around it.
 */
export interface Segment {
  text: string;
  bold: boolean;
}

export function renderSegments(segments: readonly Segment[]): string {
  const merged: Segment[] = [];
  for (const seg of segments) {
    if (!seg.text) continue;
    const last = merged[merged.length - 1];
    if (last && last.bold === seg.bold) last.text += seg.text;
    else merged.push({ ...seg });
  }
  // White space between two bold spans belongs to the span: `**a** **b**` is `**a b**`.
  for (let i = 1; i + 1 < merged.length; i++) {
    const [prev, cur, next] = [merged[i - 1], merged[i], merged[i + 1]];
    if (prev?.bold && next?.bold && cur && !cur.bold && !cur.text.trim()) cur.bold = true;
  }
  let out = '';
  let run: Segment | null = null;
  const flush = () => {
    if (!run) return;
    const m = /^(\s*)([\s\S]*?)(\s*)$/.exec(run.text);
    const [, lead = '', core = '', trail = ''] = m ?? [];
    out += run.bold && core ? `${lead}**${core}**${trail}` : run.text;
    run = null;
  };
  for (const seg of merged) {
    if (run && run.bold === seg.bold) run.text += seg.text;
    else {
      flush();
      run = { ...seg };
    }
  }
  flush();
  return out;
}

/** Appends text to a segment list, joining it to the last segment when the weight is the same. */
export function pushSegment(segments: Segment[], text: string, bold: boolean): void {
  if (!text) return;
  const last = segments[segments.length - 1];
  if (last && last.bold === bold) last.text += text;
  else segments.push({ text, bold });
}
