import { EventEmitter } from 'node:events';
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

export interface ReceivedMail {
  from: string;
  to: string[];
  /** The raw message as the server got it. */
  raw: string;
  subject: string;
  /** The text/plain part, decoded. */
  text: string;
}

/**
 * A local SMTP server (the `smtp-server` package) that keeps every mail it accepts:
 * SMTP_URL=`smtp://127.0.0.1:<port>`. `refuseNext(code)` answers the next DATA with that reply code.
 */
export class FakeSmtp {
  readonly mails: ReceivedMail[] = [];
  readonly changes = new EventEmitter();
  private readonly refusals: number[] = [];
  private constructor(
    private readonly server: SMTPServer,
    readonly url: string,
  ) {}

  static async start(): Promise<FakeSmtp> {
    // eslint-disable-next-line prefer-const -- the handler needs the instance, which needs the server first
    let self: FakeSmtp | undefined;
    const server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS', 'AUTH'],
      logger: false,
      onData(stream, session, callback) {
        const chunks: Buffer[] = [];
        stream.on('data', (c: Buffer) => chunks.push(c));
        stream.on('end', () => {
          const code = self!.refusals.shift();
          if (code) return callback(Object.assign(new Error('scripted refusal'), { responseCode: code }));
          self!.keep(session.envelope, Buffer.concat(chunks).toString('utf8'));
          callback();
        });
      },
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    self = new FakeSmtp(server, `smtp://127.0.0.1:${(server.server.address() as AddressInfo).port}`);
    return self;
  }

  refuseNext(code: number): void {
    this.refusals.push(code);
  }

  stop(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }

  private keep(envelope: { mailFrom: false | { address: string }; rcptTo: { address: string }[] }, raw: string): void {
    const subject = decodeHeader(/^Subject: (.*(?:\r\n[ \t].*)*)/im.exec(raw)?.[1] ?? '');
    this.mails.push({
      from: envelope.mailFrom ? envelope.mailFrom.address : '',
      to: envelope.rcptTo.map((r) => r.address),
      raw,
      subject,
      text: textPart(raw),
    });
    this.changes.emit('change');
  }
}

/** The text/plain part of a (possibly multipart) message, decoded (nodemailer writes Content-Type first). */
function textPart(raw: string): string {
  const part = /Content-Type: text\/plain[^\r\n]*\r\n((?:[^\r\n]+\r\n)*)\r\n([^]*?)(?:\r\n--|$)/i.exec(raw);
  if (!part) return '';
  const encoding = /Content-Transfer-Encoding: (\S+)/i.exec(part[1]!)?.[1]?.toLowerCase();
  const body = part[2]!;
  if (encoding === 'base64') return Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8');
  if (encoding === 'quoted-printable') return decodeQuotedPrintable(body);
  return body;
}

function decodeQuotedPrintable(body: string): string {
  const bytes = body.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/gi, (_, hex: string) => `%${hex}`);
  return decodeURIComponent(bytes.replace(/%(?![0-9A-F]{2})/gi, '%25'));
}

/** `=?UTF-8?Q?…?=` and `=?UTF-8?B?…?=` words of a header. */
function decodeHeader(value: string): string {
  return value
    .replace(/\r\n[ \t]/g, ' ')
    .replace(/=\?utf-8\?([QB])\?([^?]*)\?=\s?/gi, (_, kind: string, text: string) =>
      kind.toUpperCase() === 'B' ? Buffer.from(text, 'base64').toString('utf8') : decodeQuotedPrintable(text.replace(/_/g, ' ')),
    );
}
