/** The composed letter as paragraphs: `**bold**` of the corpus convention as bold, line breaks kept, every word escaped. */
import type { VNode } from 'preact';
import type { ComposedLetter, LetterSection } from '../../../domain/drafting/index.js';

function Inline({ text }: { text: string }) {
  // Odd pieces between `**` marks are bold.
  const pieces = text.split('**');
  return (
    <>
      {pieces.map((piece, i) => {
        const lines = piece.split('\n').map((line, k) => (k === 0 ? line : [<br />, line]));
        return i % 2 === 1 ? <strong>{lines}</strong> : <>{lines}</>;
      })}
    </>
  );
}

/** `editorOf` gives the form under a section that may be typed by hand, or null. */
export function LetterPreview({ letter, editorOf }: { letter: ComposedLetter; editorOf?: (section: LetterSection) => VNode | null }) {
  return (
    <article class="letter-preview" lang={letter.language} aria-label="Preview of the letter">
      {letter.sections.map((s) => (
        <div class={`letter-section letter-${s.id}${s.edited ? ' letter-section-edited' : ''}`} data-section={s.id}>
          {s.edited && (
            <p class="section-edited" lang="en">
              <em>Section “{s.id}”: edited by hand</em>
            </p>
          )}
          {s.heading && <h3>{s.heading}</h3>}
          {s.subheading && <h4>{s.subheading}</h4>}
          {s.paragraphs.map((p) => (
            <p>
              <Inline text={p.replace(/^#+\s*/, '')} />
            </p>
          ))}
          {editorOf?.(s)}
        </div>
      ))}
    </article>
  );
}
