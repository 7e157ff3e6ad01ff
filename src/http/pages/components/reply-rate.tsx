import type { ReplyRate } from '../../../services/public-views.js';
import { count, percent } from '../format.js';

/** "12 letters, 9 replied to (75%)". */
export function ReplyRateLine({ rate }: { rate: ReplyRate }) {
  return (
    <p class="reply-rate">
      <strong>{count(rate.letters, 'published letter')}</strong>
      {rate.letters > 0 && <>, {rate.replied.toLocaleString('en')} replied to: a reply rate of <strong>{percent(rate.rate)}</strong></>}.
    </p>
  );
}
