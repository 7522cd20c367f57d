// JavaScript per page (gzip, as delivered to a first visit) for the home page, the policy, the enquiry
// and quote forms, against the Next.js runtime alone: a minimal static Next.js app with the home page's
// HTML and no client code of its own. Target: a page whose only form is the footer's (home) ships at
// most the runtime plus 10 kB.
import { deliveredJs } from './lib/delivered-js';
import { report } from './lib/load';
import { startNext } from './lib/servers';
import { bodyOf, startStaticPeer } from './lib/static-peer';

const PAGES = ['/', '/privacy-policy', '/contact', '/quote'];
const site = await startNext(3405);
try {
  const peer = await startStaticPeer(3406, {
    '/': bodyOf(await (await fetch(`${site.url}/`)).text(), { scripts: false }),
  });
  try {
    const runtime = (await deliveredJs(`${peer.url}/`)).chunks;
    console.log(`Next.js runtime (static peer's script files): ${runtime} B gzip`);
    for (const page of PAGES) {
      const js = await deliveredJs(`${site.url}${page}`);
      const over = js.chunks - runtime;
      console.log(
        `${page.padEnd(16)} ${js.total} B gzip (${js.chunks} files + ${js.inline} inline): ${over} B over the runtime`,
      );
      const target = page === '/' ? (over <= 10 * 1024 ? 'met' : 'missed') : 'none';
      if (target === 'missed') process.exitCode = 1;
      report(`JS ${page}`, {
        'B gz': js.total,
        'files B gz': js.chunks,
        'runtime B gz': runtime,
        'over runtime B': over,
        target,
      });
    }
  } finally {
    await peer.stop();
  }
} finally {
  await site.stop();
}
