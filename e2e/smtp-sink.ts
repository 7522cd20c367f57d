// A real SMTP server on loopback for the browser tests: the site sends to it through nodemailer,
// exactly as it would to a mail provider, and tests read what arrived over a small HTTP API.
//   GET  /messages?to=<address>   messages received for that address, oldest first
//   POST /down, POST /up          refuse or accept new SMTP connections (for outage tests)
import { createServer } from 'node:http';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

const SMTP_PORT = Number(process.env.SMTP_SINK_PORT ?? 2525);
const HTTP_PORT = Number(process.env.SMTP_SINK_HTTP_PORT ?? 2526);

export type SinkMessage = {
  to: string[];
  from: string;
  subject: string;
  text: string;
  html: string;
  messageId: string;
  headers: Record<string, string>;
  receivedAt: string;
};

const messages: SinkMessage[] = [];
let down = false;

const smtp = new SMTPServer({
  authOptional: true,
  disabledCommands: ['AUTH', 'STARTTLS'],
  logger: false,
  size: 10 * 1024 * 1024,
  onConnect(_session, callback) {
    if (down) return callback(Object.assign(new Error('Service not available (test outage)'), { responseCode: 421 }));
    callback();
  },
  onData(stream, session, callback) {
    simpleParser(stream)
      .then((mail) => {
        const headers: Record<string, string> = {};
        for (const line of mail.headerLines) headers[line.key] = line.line.slice(line.key.length + 1).trim();
        messages.push({
          to: session.envelope.rcptTo.map((r) => r.address.toLowerCase()),
          from: mail.from?.text ?? '',
          subject: mail.subject ?? '',
          text: mail.text ?? '',
          html: typeof mail.html === 'string' ? mail.html : '',
          messageId: mail.messageId ?? '',
          headers,
          receivedAt: new Date().toISOString(),
        });
        callback();
      })
      .catch((error: Error) => callback(error));
  },
});

// A sender that drops its connection mid-message (a stopped server) must not take the sink down with it.
smtp.on('error', (error) => console.error(`smtp sink: ${error.message}`));

const http = createServer((req, res) => {
  const url = new URL(req.url ?? '/', 'http://localhost');
  const json = (status: number, body: unknown) => {
    res.writeHead(status, { 'content-type': 'application/json' });
    res.end(JSON.stringify(body));
  };
  if (req.method === 'GET' && url.pathname === '/health') return json(200, { ok: true, down });
  if (req.method === 'GET' && url.pathname === '/messages') {
    const to = url.searchParams.get('to')?.toLowerCase();
    return json(200, to ? messages.filter((m) => m.to.includes(to)) : messages);
  }
  if (req.method === 'POST' && (url.pathname === '/down' || url.pathname === '/up')) {
    down = url.pathname === '/down';
    return json(200, { down });
  }
  json(404, { error: 'not found' });
});

smtp.listen(SMTP_PORT, '127.0.0.1', () => {
  http.listen(HTTP_PORT, '127.0.0.1', () =>
    console.log(`SMTP sink: smtp://127.0.0.1:${SMTP_PORT}, API http://127.0.0.1:${HTTP_PORT}`),
  );
});
