/** The composed letter as paragraphs: `**bold**` of the corpus convention as bold, line breaks kept, every word escaped. */
import type { ComposedLetter } from '../../../domain/drafting/index.js';

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

export function LetterPreview({ letter }: { letter: ComposedLetter }) {
  return (
    <article class="letter-preview" lang={letter.language} aria-label="Preview of the letter">
      {letter.sections.map((s) => (
        <div class={`letter-section letter-${s.id}`} data-section={s.id}>
          {s.heading && <h3>{s.heading}</h3>}
          {s.subheading && <h4>{s.subheading}</h4>}
          {s.paragraphs.map((p) => (
            <p>
              <Inline text={p.replace(/^#+\s*/, '')} />
            </p>
          ))}
        </div>
      ))}
    </article>
  );
}
