// Runs once when the server starts: checks the configuration and, on the embedded database,
// applies pending migrations before the first request arrives; then starts sending queued email
// and the timers for data-request reminders and the retention purge. SIGTERM stops it in order.
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { stampPeerOnRequests } = await import('./lib/security/peer-stamp');
  stampPeerOnRequests();
  const { handleShutdownSignals } = await import('./lib/jobs/shutdown');
  handleShutdownSignals();
  const { prepareDatabase } = await import('./lib/db/startup');
  await prepareDatabase();
  const { ensureFirstAdmin } = await import('./lib/auth/bootstrap');
  await ensureFirstAdmin().catch((error: unknown) => console.error('Could not check for a first admin account:', error));
  const { startOutboxWorker } = await import('./lib/email/worker');
  startOutboxWorker();
  const { startHousekeeping } = await import('./lib/jobs/housekeeping');
  startHousekeeping();
}
