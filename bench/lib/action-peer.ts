// The enquiry benchmark's peer: a minimal Next.js app whose form posts to a server action doing the
// site's zod validation and one insert, through the same Prisma client and database adapter, and
// nothing else (no rate limit, no de-duplication, no emails).
import { startNextPeer } from './next-peer';
import type { Running } from './servers';

const ACTION = `'use server';
import { randomUUID } from 'node:crypto';
import { redirect } from 'next/navigation';
import { openDatabase } from '../lib/db/adapters';
import { parseDatabaseUrl } from '../lib/config/database-url';
import { PrismaClient } from '../lib/generated/prisma/client';
import { enquirySchema } from '../lib/validations/enquiry';

// Opened on the first submission, not when the module loads: \`next build\` loads it too, and its worker
// would take the embedded database's folder lock and keep it.
const db = () => (globalThis.peerDb ??= openDatabase(parseDatabaseUrl(process.env.DATABASE_URL)).then(
  ({ factory }) => new PrismaClient({ adapter: factory }),
));

export async function submit(formData) {
  const parsed = enquirySchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return;
  const d = parsed.data;
  const reference = 'ENQ-' + randomUUID();
  const data = { reference, submissionKey: randomUUID(), name: d.name, email: d.email, phone: d.phone || null,
    company: d.company, message: d.message, preferredContact: d.preferredContact, marketingOptIn: d.marketingOptIn };
  await (await db()).enquiry.create({ data });
  redirect('/thanks?ref=' + reference);
}
`;

const PAGE = `import { submit } from '../actions';
export default function P() {
  return <form action={submit}><input name="name" /><input name="email" /><button>Send</button></form>;
}
`;

// Builds the peer and starts it on `port` against `databaseUrl` (already migrated).
export function startActionPeer(port: number, databaseUrl: string): Promise<Running> {
  const files = {
    'app/actions.js': ACTION,
    'app/contact/page.jsx': PAGE,
    'app/thanks/page.jsx': 'export default function T() { return <p>Thank you.</p>; }\n',
  };
  const config = { serverExternalPackages: ['@electric-sql/pglite', 'pglite-prisma-adapter'] };
  // lib: the schema, the data layer and the embedded database's thread (found from the working folder).
  return startNextPeer(port, files, {
    probePath: '/contact',
    config,
    links: ['lib'],
    env: { DATABASE_URL: databaseUrl },
  });
}
