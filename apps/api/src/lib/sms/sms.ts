import crypto from "node:crypto";
import fs from "node:fs/promises";
import path from "node:path";

/** One text message to one phone number. */
export interface SmsMessage {
  /** E.164 (`+84905123456`); `normalizeVietnamesePhone` makes one from what people type. */
  to: string;
  /** Plain text; Vietnamese with diacritics is fine (providers send it as Unicode SMS). */
  text: string;
}

/** Sends SMS; the rest of the API only sees this (tests read the development outbox). */
export interface SmsSender {
  send(msg: SmsMessage): Promise<void>;
}

/** What a development outbox file holds: one JSON object per message. */
export interface SmsOutboxFile extends SmsMessage {
  sentAt: string;
}

/**
 * The development transport: each message becomes `${dir}/<ISO time>-<random>.json` with its recipient and text,
 * written then renamed, so a watcher (or a test) never reads half a message. Like mail's `.eml` files.
 */
export function createOutboxSms(dir: string, now: () => Date = () => new Date()): SmsSender {
  return {
    async send(msg) {
      const at = now();
      const body: SmsOutboxFile = { to: msg.to, text: msg.text, sentAt: at.toISOString() };
      await fs.mkdir(dir, { recursive: true });
      const file = path.join(dir, `${at.toISOString().replace(/[-:]/g, "")}-${crypto.randomBytes(4).toString("hex")}.json`);
      await fs.writeFile(`${file}.tmp`, JSON.stringify(body, null, 2));
      await fs.rename(`${file}.tmp`, file);
    },
  };
}

/** The messages in a development outbox, oldest first (for tests and the local console). */
export async function readSmsOutbox(dir: string): Promise<SmsOutboxFile[]> {
  const names = (await fs.readdir(dir).catch(() => [] as string[])).filter((n) => n.endsWith(".json")).sort();
  return Promise.all(names.map(async (n) => JSON.parse(await fs.readFile(path.join(dir, n), "utf8")) as SmsOutboxFile));
}

/**
 * A Vietnamese mobile number in E.164, or null: `0905 123 456`, `+84905123456`, `84905123456` and `(+84) 905-123-456`
 * are one person. Mobile numbers have nine digits after the country code and start with 3, 5, 7, 8 or 9 (since the
 * 2018 renumbering).
 */
export function normalizeVietnamesePhone(input: string): string | null {
  const digits = input.replace(/[\s().-]/g, "");
  const m = /^(?:\+?84|0)([35789]\d{8})$/.exec(digits);
  return m ? `+84${m[1]}` : null;
}
