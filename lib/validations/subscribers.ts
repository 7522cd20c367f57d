// Subscriber statuses as staff read them, and what staff may do to a subscriber.
import { z } from 'zod';
import { longText } from './common';

export const SUBSCRIBER_STATUSES = [
  { value: 'PENDING', label: 'Awaiting confirmation' },
  { value: 'ACTIVE', label: 'Active' },
  { value: 'UNSUBSCRIBED', label: 'Unsubscribed' },
  { value: 'SUPPRESSED', label: 'Suppressed' },
] as const;

// "ACTIVE" → "Active".
export const subscriberStatusLabel = (status: string) =>
  SUBSCRIBER_STATUSES.find((s) => s.value === status)?.label ?? status;

/** How someone asked staff to unsubscribe them. */
export const UNSUBSCRIBE_CHANNELS = [
  { value: 'email', label: 'By email' },
  { value: 'phone', label: 'By phone' },
  { value: 'letter', label: 'By letter' },
  { value: 'in-person', label: 'In person' },
] as const;

// Staff unsubscribing someone who asked them to: how they asked is kept with the withdrawal.
export const staffUnsubscribeSchema = z.object({
  subscriberId: z.uuid({ error: 'That subscriber could not be found' }),
  channel: z.enum(['email', 'phone', 'letter', 'in-person'], { error: 'Choose how they asked' }),
  note: longText('A note', 1_000, { required: false }),
});
