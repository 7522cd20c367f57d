'use client';
// Keeps a progress display current by re-rendering the page from the server every few seconds
// while `active`; without JavaScript the page offers a refresh link instead.
import { useRouter } from 'next/navigation';
import { useEffect } from 'react';

// Polls only while there is something left to happen.
export function AutoRefresh({ active, everyMs = 2_000 }: { active: boolean; everyMs?: number }) {
  const router = useRouter();
  useEffect(() => {
    if (!active) return;
    const timer = setInterval(() => router.refresh(), everyMs);
    return () => clearInterval(timer);
  }, [active, everyMs, router]);
  return null;
}
