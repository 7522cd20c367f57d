// How a person's records are found by their email address: whatever its case. Finding (access),
// correcting and erasing must agree on it, so they all use this one condition.
export function sameAddress(email: string) {
  return { equals: email, mode: 'insensitive' as const };
}
