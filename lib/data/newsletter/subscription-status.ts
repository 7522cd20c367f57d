// What an unsubscribe link's page shows before anything is changed (mail scanners open links).
import { getDb } from '../../db/client';

// The subscriber a valid link names: their address and whether they still receive the newsletter.
export async function subscriptionForLink(subscriberId: string) {
  const db = await getDb();
  return db.subscriber.findUnique({
    where: { id: subscriberId },
    select: { email: true, status: true, unsubscribedAt: true },
  });
}
