/** Setting up a second factor: the QR code, the secret to type instead, and the code that confirms it. */
import type { Enrolment } from '../../../services/second-factor.js';
import { groupSecret, qrSvg } from '../../../security/totp.js';
import { CsrfField } from '../csrf-field.js';
import { FieldError, invalidAttrs, type FieldProblem } from './error-summary.js';

export interface EnrolmentProps {
  enrolment: Enrolment;
  csrf: string;
  /** Where the code is posted. */
  action: string;
  /** Hidden fields to carry (the page after signing in). */
  hidden?: Record<string, string>;
  problems: FieldProblem[];
}

export function EnrolmentSteps({ enrolment, csrf, action, hidden = {}, problems }: EnrolmentProps) {
  return (
    <>
      <ol class="enrol-steps">
        <li>
          <p>Open an authenticator app on your phone (for example FreeOTP, Aegis, Google Authenticator or Microsoft Authenticator) and add an account.</p>
        </li>
        <li>
          <p>Scan this QR code with the app:</p>
          <figure class="qr" dangerouslySetInnerHTML={{ __html: qrSvg(enrolment.uri) }} />
          <p>
            If you cannot scan it, choose to type the key instead and enter:{' '}
            <code class="secret">{groupSecret(enrolment.secret)}</code>
            <br />
            <span class="hint">Time-based, 6 digits, every 30 seconds (SHA-1). Spaces do not matter.</span>
          </p>
          <details>
            <summary>Show the setup address</summary>
            <p>
              <code class="uri">{enrolment.uri}</code>
            </p>
          </details>
        </li>
        <li>
          <form method="post" action={action} class="auth-form" novalidate>
            <CsrfField token={csrf} />
            {Object.entries(hidden).map(([name, value]) => (
              <input type="hidden" name={name} value={value} />
            ))}
            <div class="field">
              <label for="code">Type the 6-digit code the app shows</label>
              <FieldError field="code" problems={problems} />
              <input id="code" name="code" type="text" inputMode="numeric" autocomplete="one-time-code" pattern="[0-9 ]*" maxLength={9} required {...invalidAttrs('code', problems)} />
            </div>
            <button type="submit">Confirm</button>
          </form>
        </li>
      </ol>
      <form method="post" action={action} class="inline-form">
        <CsrfField token={csrf} />
        {Object.entries(hidden).map(([name, value]) => (
          <input type="hidden" name={name} value={value} />
        ))}
        <input type="hidden" name="restart" value="1" />
        <button type="submit" class="secondary">Start again with a new key</button>
      </form>
    </>
  );
}
