import { connect, createServer, type AddressInfo, type Server, type Socket } from 'node:net';

/**
 * The mail plumbing of the Roundcube tests, spoken over loopback sockets:
 * - a small SMTP server (Roundcube's outgoing server) that hands every message to Dovecot's
 *   LMTP, so it lands in the recipient's Maildir the way a real mail server delivers it;
 * - an IMAP client that reads a mailbox back, to count what arrived;
 * - just enough MIME to read a message's text as the recipient sees it.
 */

/** A reply of an SMTP-like server: `250 OK`, with its continuation lines folded in. */
type Reply = { code: number; text: string };

/** Reads CRLF lines and SMTP/LMTP replies from a socket. */
class LineReader {
  private buffer = '';
  private waiters: Array<() => void> = [];
  private closed: Error | undefined;

  constructor(socket: Socket) {
    socket.setEncoding('latin1');
    socket.on('data', (chunk: string) => {
      this.buffer += chunk;
      this.wake();
    });
    socket.on('close', () => {
      this.closed = new Error('connection closed');
      this.wake();
    });
    socket.on('error', (error) => {
      this.closed = error;
      this.wake();
    });
  }

  private wake(): void {
    for (const waiter of this.waiters.splice(0)) waiter();
  }

  async line(): Promise<string> {
    for (;;) {
      const end = this.buffer.indexOf('\r\n');
      if (end >= 0) {
        const line = this.buffer.slice(0, end);
        this.buffer = this.buffer.slice(end + 2);
        return line;
      }
      if (this.closed) throw this.closed;
      await new Promise<void>((resolve) => this.waiters.push(resolve));
    }
  }

  /** `n` raw characters (an IMAP literal), read as latin1 so one character is one byte. */
  async bytes(n: number): Promise<string> {
    while (this.buffer.length < n) {
      if (this.closed) throw this.closed;
      await new Promise<void>((resolve) => this.waiters.push(resolve));
    }
    const data = this.buffer.slice(0, n);
    this.buffer = this.buffer.slice(n);
    return data;
  }

  async reply(): Promise<Reply> {
    const lines: string[] = [];
    for (;;) {
      const line = await this.line();
      lines.push(line.slice(4));
      if (/^\d{3}(?: |$)/.test(line)) return { code: Number(line.slice(0, 3)), text: lines.join('\n') };
    }
  }
}

async function open(port: number): Promise<{ socket: Socket; reader: LineReader }> {
  const socket = connect({ host: '127.0.0.1', port });
  const reader = new LineReader(socket);
  await new Promise<void>((resolve, reject) => {
    socket.once('connect', resolve);
    socket.once('error', reject);
  });
  return { socket, reader };
}

/** Hands one message to Dovecot's LMTP; returns the first failure, if any. `data` is dot-stuffed and ends with `.\r\n`. */
async function deliverByLmtp(lmtpPort: number, from: string, recipients: string[], data: string): Promise<Reply | undefined> {
  const { socket, reader } = await open(lmtpPort);
  const send = async (line: string) => {
    socket.write(`${line}\r\n`, 'latin1');
    return reader.reply();
  };
  try {
    const greeting = await reader.reply();
    if (greeting.code !== 220) return greeting;
    for (const step of [`LHLO mail.example.test`, `MAIL FROM:<${from}>`]) {
      const reply = await send(step);
      if (reply.code !== 250) return reply;
    }
    const accepted: string[] = [];
    for (const recipient of recipients) {
      const reply = await send(`RCPT TO:<${recipient}>`);
      if (reply.code !== 250) return reply;
      accepted.push(recipient);
    }
    const ready = await send('DATA');
    if (ready.code !== 354) return ready;
    socket.write(data, 'latin1');
    // LMTP answers once per recipient.
    for (const _ of accepted) {
      const reply = await reader.reply();
      if (reply.code !== 250) return reply;
    }
    socket.write('QUIT\r\n');
    return undefined;
  } finally {
    socket.end();
  }
}

export type SmtpFront = {
  port: number;
  /** Messages accepted and delivered, in order: who to, and the raw message. */
  delivered: Array<{ recipients: string[]; raw: string }>;
  close: () => Promise<void>;
};

/** An SMTP server on loopback (no authentication, no TLS) delivering each message through Dovecot's LMTP. */
export async function startSmtpFront(lmtpPort: number): Promise<SmtpFront> {
  const delivered: SmtpFront['delivered'] = [];
  const sockets = new Set<Socket>();
  const server: Server = createServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => socket.destroy());
    socket.setEncoding('latin1');
    const write = (line: string) => socket.write(`${line}\r\n`, 'latin1');
    let from = '';
    let recipients: string[] = [];
    let data: string | undefined;
    let pending = '';
    let busy = Promise.resolve();

    const command = async (line: string) => {
      const verb = line.slice(0, 4).toUpperCase();
      if (verb === 'EHLO') write('250-mail.example.test\r\n250-8BITMIME\r\n250-SMTPUTF8\r\n250 SIZE 26214400');
      else if (verb === 'HELO') write('250 mail.example.test');
      else if (verb === 'MAIL') {
        from = /<([^>]*)>/.exec(line)?.[1] ?? '';
        recipients = [];
        write('250 2.1.0 OK');
      } else if (verb === 'RCPT') {
        const address = /<([^>]*)>/.exec(line)?.[1];
        if (!address) return void write('501 5.1.3 Bad recipient address');
        recipients.push(address);
        write('250 2.1.5 OK');
      } else if (verb === 'DATA') {
        if (recipients.length === 0) return void write('503 5.5.1 No recipients');
        data = '';
        write('354 End data with <CR><LF>.<CR><LF>');
      } else if (verb === 'RSET') {
        from = '';
        recipients = [];
        write('250 2.0.0 OK');
      } else if (verb === 'NOOP') write('250 2.0.0 OK');
      else if (verb === 'QUIT') {
        write('221 2.0.0 Bye');
        socket.end();
      } else write('502 5.5.2 Command not implemented');
    };

    const finishData = async (message: string) => {
      const failure = await deliverByLmtp(lmtpPort, from, recipients, message).catch((error: Error) => ({ code: 451, text: error.message }));
      if (failure) write(`${failure.code >= 500 ? 554 : 451} ${failure.text.split('\n').join(' ')}`);
      else {
        delivered.push({ recipients, raw: message });
        write('250 2.0.0 Delivered');
      }
      from = '';
      recipients = [];
    };

    const consume = async () => {
      for (;;) {
        if (data !== undefined) {
          // The end of DATA is a line holding only a dot.
          const text = data + pending;
          const empty = text.startsWith('.\r\n');
          const end = empty ? 0 : text.indexOf('\r\n.\r\n');
          if (end < 0) {
            data = text;
            pending = '';
            return;
          }
          const cut = empty ? 0 : end + 2;
          const message = `${text.slice(0, cut)}.\r\n`;
          pending = text.slice(cut + 3);
          data = undefined;
          await finishData(message);
          continue;
        }
        const end = pending.indexOf('\r\n');
        if (end < 0) return;
        const line = pending.slice(0, end);
        pending = pending.slice(end + 2);
        await command(line);
      }
    };

    socket.on('data', (chunk: string) => {
      pending += chunk;
      busy = busy.then(consume).catch(() => void socket.destroy());
    });
    write('220 mail.example.test ESMTP (Steady tests)');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as AddressInfo).port,
    delivered,
    close: () =>
      new Promise((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

/** A raw message fetched over IMAP. */
export type Fetched = { uid: number; raw: string };

/** Logs into Dovecot over IMAP and fetches every message of a mailbox (read-only: EXAMINE and BODY.PEEK). */
export async function fetchMailbox(imapPort: number, user: string, password: string, mailbox = 'INBOX'): Promise<Fetched[]> {
  const { socket, reader } = await open(imapPort);
  let tag = 0;
  const quote = (value: string) => `"${value.replace(/[\\"]/g, (character) => `\\${character}`)}"`;
  /** Sends a command; returns its untagged responses, each with its literals inlined. */
  const run = async (command: string): Promise<string[]> => {
    const id = `s${++tag}`;
    socket.write(`${id} ${command}\r\n`, 'latin1');
    const untagged: string[] = [];
    for (;;) {
      let line = await reader.line();
      // A line ending in {n} is followed by n bytes of literal, then the rest of the line.
      for (let literal = /\{(\d+)\}$/.exec(line); literal; literal = /\{(\d+)\}$/.exec(line)) {
        line = `${line}\r\n${await reader.bytes(Number(literal[1]))}${await reader.line()}`;
      }
      if (line.startsWith(`${id} `)) {
        if (!line.startsWith(`${id} OK`)) throw new Error(`IMAP ${command.split(' ')[0]} failed: ${line}`);
        return untagged;
      }
      untagged.push(line);
    }
  };
  try {
    const greeting = await reader.line();
    if (!greeting.startsWith('* OK')) throw new Error(`IMAP greeting: ${greeting}`);
    await run(`LOGIN ${quote(user)} ${quote(password)}`);
    const examined = await run(`EXAMINE ${quote(mailbox)}`);
    const exists = Number(examined.map((line) => /^\* (\d+) EXISTS/.exec(line)?.[1]).find(Boolean) ?? 0);
    const messages: Fetched[] = [];
    if (exists > 0) {
      for (const line of await run('UID FETCH 1:* (UID BODY.PEEK[])')) {
        const match = /^\* \d+ FETCH \(.*?UID (\d+).*?BODY\[\] \{(\d+)\}\r\n/s.exec(line);
        if (!match) continue;
        const start = match.index + match[0].length;
        messages.push({ uid: Number(match[1]), raw: line.slice(start, start + Number(match[2])) });
      }
    }
    await run('LOGOUT').catch(() => []);
    return messages;
  } finally {
    socket.destroy();
  }
}

type Part = { headers: Map<string, string>; body: string };

function splitMessage(raw: string): Part {
  const normalized = raw.replace(/\r\n/g, '\n');
  const end = normalized.indexOf('\n\n');
  const head = end < 0 ? normalized : normalized.slice(0, end);
  const headers = new Map<string, string>();
  for (const line of head.replace(/\n[ \t]+/g, ' ').split('\n')) {
    const colon = line.indexOf(':');
    if (colon > 0) headers.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
  }
  return { headers, body: end < 0 ? '' : normalized.slice(end + 2) };
}

function parameter(header: string | undefined, name: string): string | undefined {
  const match = new RegExp(`;\\s*${name}="?([^";]+)"?`, 'i').exec(header ?? '');
  return match?.[1];
}

/** Decodes RFC 2047 encoded words (=?utf-8?Q?…?= / ?B?). */
function decodeWords(value: string): string {
  return value.replace(/=\?([^?]+)\?([QqBb])\?([^?]*)\?=\s*/g, (_, charset: string, kind: string, text: string) => {
    const bytes =
      kind.toUpperCase() === 'B'
        ? Buffer.from(text, 'base64')
        : Buffer.from(
            text.replace(/_/g, ' ').replace(/=([0-9A-F]{2})/gi, (__, hex: string) => String.fromCharCode(parseInt(hex, 16))),
            'latin1',
          );
    return bytes.toString(/utf-?8/i.test(charset) ? 'utf8' : 'latin1');
  });
}

function decodeBody(part: Part): string {
  const encoding = (part.headers.get('content-transfer-encoding') ?? '7bit').toLowerCase();
  let bytes: Buffer;
  if (encoding === 'base64') bytes = Buffer.from(part.body.replace(/\s+/g, ''), 'base64');
  else if (encoding === 'quoted-printable') {
    bytes = Buffer.from(
      part.body.replace(/=\n/g, '').replace(/=([0-9A-F]{2})/gi, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))),
      'latin1',
    );
  } else bytes = Buffer.from(part.body, 'latin1');
  const charset = parameter(part.headers.get('content-type'), 'charset') ?? 'us-ascii';
  return bytes.toString(/utf-?8/i.test(charset) ? 'utf8' : 'latin1');
}

/** Undoes format=flowed (RFC 3676): a line ending in a space runs on into the next. */
function unflow(text: string, delSp: boolean): string {
  const out: string[] = [];
  let current: string | undefined;
  for (const rawLine of text.split('\n')) {
    const line = rawLine.startsWith(' ') ? rawLine.slice(1) : rawLine;
    const soft = line.endsWith(' ') && line !== '-- ';
    const piece = soft && delSp ? line.slice(0, -1) : line;
    current = (current ?? '') + piece;
    if (!soft) {
      out.push(current);
      current = undefined;
    }
  }
  if (current !== undefined) out.push(current);
  return out.join('\n');
}

function leaves(part: Part): Part[] {
  const type = part.headers.get('content-type') ?? 'text/plain';
  if (!/^multipart\//i.test(type)) return [part];
  const boundary = parameter(type, 'boundary');
  if (!boundary) return [];
  const pieces = part.body.split(new RegExp(`^--${boundary.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?:--)?[ \\t]*$`, 'm'));
  // The preamble before the first boundary and the epilogue after the last are not parts.
  return pieces.slice(1, -1).flatMap((piece) => leaves(splitMessage(piece.replace(/^\n/, ''))));
}

function decodeEntities(text: string): string {
  return text
    .replace(/&nbsp;/g, ' ')
    .replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)))
    .replace(/&#x([0-9a-f]+);/gi, (_, code: string) => String.fromCodePoint(parseInt(code, 16)))
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

/**
 * The HTML body as lines: one per paragraph (`<p>` or `<div>`, an empty one `<p><br></p>` being an
 * empty line), and a `<br>` inside a paragraph starting a new line.
 */
function htmlParagraphs(html: string): string[] {
  const body = (/<body[^>]*>([\s\S]*)<\/body>/i.exec(html)?.[1] ?? html).replace(/<(script|style)[\s\S]*?<\/\1>/gi, '');
  const blocks = [...body.matchAll(/<(p|div)\b[^>]*>([\s\S]*?)<\/\1>/gi)].map((match) => match[2]);
  // A body of bare text and <br>s, as some editors write.
  const pieces = blocks.length > 0 ? blocks : [body];
  return pieces.flatMap((block) =>
    block
      .replace(/<br\s*\/?>\s*$/i, '')
      .split(/<br\s*\/?>/i)
      .map((line) => decodeEntities(line.replace(/<[^>]+>/g, '').replace(/\s+/g, ' ')).trim()),
  );
}

/** What the recipient reads: the subject, the plain text (unflowed), and the HTML part's lines when there is one. */
export type ReadMail = { uid: number; subject: string; from: string; text: string | undefined; htmlLines: string[] | undefined };

export function readMail({ uid, raw }: Fetched): ReadMail {
  const message = splitMessage(raw);
  const parts = leaves(message);
  const plain = parts.find((part) => /^text\/plain/i.test(part.headers.get('content-type') ?? 'text/plain'));
  const html = parts.find((part) => /^text\/html/i.test(part.headers.get('content-type') ?? ''));
  let text: string | undefined;
  if (plain) {
    const type = plain.headers.get('content-type') ?? '';
    text = decodeBody(plain);
    if (/format=flowed/i.test(type)) text = unflow(text, /delsp=yes/i.test(type));
  }
  return {
    uid,
    subject: decodeWords(message.headers.get('subject') ?? ''),
    from: decodeWords(message.headers.get('from') ?? ''),
    text,
    htmlLines: html ? htmlParagraphs(decodeBody(html)) : undefined,
  };
}
