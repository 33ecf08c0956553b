import crypto from "node:crypto";
import fs from "node:fs/promises";
import path from "node:path";
import nodemailer from "nodemailer";

/** One mail to one person; `text` is always sent, `html` is the optional rich alternative. */
export interface MailMessage {
  /** A bare address (`lan@example.vn`); display names are left out so no user text reaches the header parser. */
  to: string;
  subject: string;
  text: string;
  html?: string;
}

/** Sends mail; the rest of the API only sees this (tests pass their own). */
export interface Mailer {
  send(msg: MailMessage): Promise<void>;
}

export interface MailerOptions {
  /** `smtp://user:pass@host:587` or `smtps://…`; absent means the dev transport (files). */
  smtpUrl: string | undefined;
  /** DATA_DIR: the dev transport writes `${dataDir}/mail/*.eml`. */
  dataDir: string;
  /** The From header, e.g. `Chợ Phiên <no-reply@chophien.vn>`. */
  from: string;
}

/** Mail over SMTP when `smtpUrl` is set, else into `.eml` files a developer can open in any mail client. */
export function createMailer(opts: MailerOptions): Mailer {
  if (opts.smtpUrl) {
    const smtp = nodemailer.createTransport(opts.smtpUrl);
    return {
      async send(msg) {
        await smtp.sendMail({ from: opts.from, ...msg });
      },
    };
  }
  return createFileMailer(path.join(opts.dataDir, "mail"), opts.from);
}

/** The dev transport: nodemailer builds the real RFC 822 message (CRLF lines), we write it to `dir`. */
function createFileMailer(dir: string, from: string): Mailer {
  const stream = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: "windows" });
  return {
    async send(msg) {
      const info = await stream.sendMail({ from, ...msg });
      if (!Buffer.isBuffer(info.message)) throw new Error("The mail stream transport did not return a buffer");
      await fs.mkdir(dir, { recursive: true });
      const file = path.join(dir, emlName(new Date()));
      // Write then rename, so a watcher (or a test) never reads half a message.
      await fs.writeFile(`${file}.tmp`, info.message);
      await fs.rename(`${file}.tmp`, file);
    },
  };
}

/** `<ISO time>-<random>.eml`: ISO 8601 basic format (no colons, valid on every file system), sorted by time. */
export function emlName(at: Date): string {
  const iso = at.toISOString().replace(/[-:]/g, "");
  return `${iso}-${crypto.randomBytes(4).toString("hex")}.eml`;
}
