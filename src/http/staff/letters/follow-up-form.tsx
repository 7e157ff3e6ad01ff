/** The button that starts a follow-up letter citing this one. */
import { CsrfField } from '../csrf-field.js';
import { letterHref } from './letter-hrefs.js';

export function FollowUpForm({ reference, csrfToken }: { reference: string; csrfToken: string }) {
  return (
    <section aria-labelledby="letter-follow-up">
      <h2 id="letter-follow-up">Follow-up</h2>
      <form method="post" action={`${letterHref(reference)}/follow-up`} id="follow-up" class="letter-form">
        <CsrfField token={csrfToken} />
        <p class="hint">A new draft to the same recipient, on the same case, with the same mandates; it cites {reference}.</p>
        <button type="submit">Start a follow-up letter</button>
      </form>
    </section>
  );
}
