// Background work every instance runs on a timer: deadline reminders for data-rights requests and
// the daily retention purge. Both are safe to run on several instances at once (see each).
import { nudgeOutbox } from './outbox-worker';
import { queueDeadlineReminders } from '../data/privacy/reminders';
import { runScheduledPurge } from '../data/retention/purge';
import { env } from '../env';
import { errorText, log } from '../log/logger';

// One round; a failure is logged and the next round tries again.
export async function housekeepingRound(now = new Date()) {
  try {
    const reminders = await queueDeadlineReminders(now);
    log.info({ job: 'privacy-reminders', ...reminders }, 'job');
    if (reminders.dueSoon + reminders.overdue > 0) void nudgeOutbox();
  } catch (error) {
    log.error(
      { job: 'privacy-reminders', error: errorText(error) },
      'Data-request reminders failed (they will be tried again)',
    );
  }
  try {
    const purge = await runScheduledPurge(now);
    if (purge) log.info({ job: 'retention-purge', removed: purge.removed }, 'job');
  } catch (error) {
    log.error(
      { job: 'retention-purge', error: errorText(error) },
      'Retention purge failed (it will be tried again tomorrow, or run it from the back office)',
    );
  }
}

const timers: NodeJS.Timeout[] = [];

// Called once per server process (instrumentation.ts).
export function startHousekeeping(): void {
  timers.push(setInterval(() => void housekeepingRound(), env.HOUSEKEEPING_INTERVAL_MS).unref());
  timers.push(setTimeout(() => void housekeepingRound(), 5_000).unref());
}

// The server is stopping: no further rounds (a round under way is one transaction per step).
export function stopHousekeeping(): void {
  for (const timer of timers.splice(0)) clearTimeout(timer);
}
