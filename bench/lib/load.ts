// Runs a fixed load against a URL and returns throughput and latency figures.
import autocannon from 'autocannon';

export type LoadResult = { rps: number; p50: number; p99: number; errors: number; non2xx: number; requests: number };

// The hardening issue's load: 50 concurrent clients for 60 s (set lower for a quick look).
export const DURATION_S = Number(process.env.BENCH_DURATION ?? 60);
export const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 50);

// One warm-up second, then the measured run.
export async function load(url: string, duration = DURATION_S, connections = CONNECTIONS): Promise<LoadResult> {
  await autocannon({ url, connections, duration: 1 });
  const r = await autocannon({ url, connections, duration });
  return {
    rps: r.requests.average,
    p50: r.latency.p50,
    p99: r.latency.p99,
    errors: r.errors + r.timeouts,
    non2xx: r.non2xx,
    requests: r.requests.total,
  };
}

// The line bench/run-all.ts collects into its table.
export function report(name: string, figures: Record<string, string | number>) {
  console.log(`BENCH_RESULT ${JSON.stringify({ name, ...figures })}`);
}
