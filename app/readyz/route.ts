// GET /readyz: whether this instance can serve now: the database answers, every migration is
// applied, and the outbox worker runs. 503 naming what fails, 200 again by itself once it holds.
import { readReadiness } from '@/lib/data/site/readiness';
import { outboxWorkerRunning } from '@/lib/jobs/outbox-worker';

export const dynamic = 'force-dynamic';

// For a load balancer's readiness probe; JSON, never cached, no personal data.
export async function GET() {
  const checks = await readReadiness();
  const worker = outboxWorkerRunning();
  const failing = [
    ...(checks.database === 'ok' ? [] : ['database']),
    ...(checks.pendingMigrations.length ? ['migrations'] : []),
    ...(worker ? [] : ['outbox-worker']),
  ];
  const body = {
    status: failing.length ? 'unavailable' : 'ready',
    failing,
    checks: { ...checks, outboxWorker: worker ? 'running' : 'stopped' },
  };
  return Response.json(body, { status: failing.length ? 503 : 200, headers: { 'cache-control': 'no-store' } });
}
