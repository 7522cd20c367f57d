// The newsletter form's own sign-up: stored once per form render like every public form, apart from
// requestSubscription (which every form's ticked opt-in also calls) so that neither file needs the other.
import { findSubscriptionReference, requestSubscription } from './subscription';
import { newsletterForm } from '../../forms/newsletter';
import { type StoredSubmission, storeOnce } from '../forms/submissions';

// Stores a sign-up from the newsletter form once per form render (see storeOnce).
export function createSubscriptionRequest(
  input: { email: string; name: string; company: string },
  submissionKey: string,
): Promise<StoredSubmission> {
  return storeOnce(submissionKey, {
    prefix: newsletterForm.prefix,
    find: findSubscriptionReference,
    insert: (tx, reference) =>
      requestSubscription(tx, { ...input, source: 'form:newsletter', submissionKey, reference }),
    marketing: null,
  });
}
