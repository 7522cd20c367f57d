// GET /healthz: the process is alive and answering. No database call, no personal data.
export const dynamic = 'force-dynamic';

// For a load balancer's or orchestrator's liveness probe.
export function GET() {
  return Response.json(
    { status: 'ok', uptimeS: Math.round(process.uptime()) },
    { headers: { 'cache-control': 'no-store' } },
  );
}
