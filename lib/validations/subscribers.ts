// Subscriber statuses as staff read them.
export const SUBSCRIBER_STATUSES = [
  { value: 'PENDING', label: 'Awaiting confirmation' },
  { value: 'ACTIVE', label: 'Active' },
  { value: 'UNSUBSCRIBED', label: 'Unsubscribed' },
  { value: 'SUPPRESSED', label: 'Suppressed' },
] as const;

// "ACTIVE" → "Active".
export const subscriberStatusLabel = (status: string) => SUBSCRIBER_STATUSES.find((s) => s.value === status)?.label ?? status;
