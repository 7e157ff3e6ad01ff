import type { FormLanguage } from '../../domain/submission.js';
import { IntakeLayout } from './intake-layout.js';
import { MESSAGES } from './messages.js';

/** After a submission: the receipt code, first and large, what to do with it, and what happens next. */
export function ReceiptPage({ language, receiptCode }: { language: FormLanguage; receiptCode: string }) {
  const m = MESSAGES[language];
  return (
    <IntakeLayout language={language} title={m.receiptTitle}>
      <div class="receipt" role="status">
        <h1>{m.receiptTitle}</h1>
        <p>{m.receiptIntro}</p>
        <p class="receipt-code">
          <span>{m.receiptCodeLabel}</span>
          <strong class="notranslate">{receiptCode}</strong>
        </p>
        <p>{m.receiptKeep}</p>
      </div>
      <h2>{m.receiptNextTitle}</h2>
      <ul>
        {m.receiptNext.map((step) => (
          <li>{step}</li>
        ))}
      </ul>
    </IntakeLayout>
  );
}
