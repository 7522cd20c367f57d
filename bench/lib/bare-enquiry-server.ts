// Baseline for the enquiry benchmark: a bare node:http handler doing the same zod validation and the
// same insert as the server action, through the same Prisma client and database adapter.
import { randomUUID } from 'node:crypto';
import { createServer, type ServerResponse } from 'node:http';
import { parseDatabaseUrl } from '../../lib/config/database-url';
import { openDatabase } from '../../lib/db/adapters';
import { applyMigrations } from '../../lib/db/migrate';
import { PrismaClient } from '../../lib/generated/prisma/client';
import { enquirySchema } from '../../lib/validations/enquiry';

const { factory } = await openDatabase(parseDatabaseUrl(process.env.DATABASE_URL));
await applyMigrations(factory);
const prisma = new PrismaClient({ adapter: factory });

// One enquiry: the same check as the form, one insert.
async function answer(body: string, res: ServerResponse) {
  const parsed = enquirySchema.safeParse(Object.fromEntries(new URLSearchParams(body)));
  if (!parsed.success) return res.writeHead(400).end(parsed.error.issues[0]?.message);
  const d = parsed.data;
  try {
    const reference = `ENQ-${randomUUID()}`;
    await prisma.enquiry.create({
      data: {
        reference,
        submissionKey: randomUUID(),
        name: d.name,
        email: d.email,
        phone: d.phone || null,
        company: d.company,
        message: d.message,
        preferredContact: d.preferredContact,
        marketingOptIn: d.marketingOptIn,
      },
    });
    res.writeHead(303, { location: `/contact/thank-you?ref=${reference}` }).end();
  } catch (error) {
    res.writeHead(500).end(String(error));
  }
}

createServer((req, res) => {
  let body = '';
  req.setEncoding('utf8');
  req.on('data', (chunk) => (body += chunk));
  req.on('end', () => void answer(body, res));
}).listen(Number(process.env.PORT), '127.0.0.1', () => console.log('ready'));
