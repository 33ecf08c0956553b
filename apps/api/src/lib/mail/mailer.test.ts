import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { createMailer, emlName } from "./mailer";

/** Decodes RFC 2047 encoded words (`=?UTF-8?B?…?=` / `=?UTF-8?Q?…?=`) in a header value. */
function decodeHeader(value: string): string {
  return value.replace(/\?=\s+=\?/g, "?==?").replace(/=\?utf-8\?([bq])\?([^?]*)\?=/gi, (_m, enc: string, data: string) =>
    enc.toLowerCase() === "b"
      ? Buffer.from(data, "base64").toString("utf8")
      : Buffer.from(
          data.replace(/_/g, " ").replace(/=([0-9A-F]{2})/gi, (_x, h: string) => String.fromCharCode(parseInt(h, 16))),
          "latin1",
        ).toString("utf8"),
  );
}

/** Decodes a quoted-printable or base64 body part. */
function decodeBody(body: string, encoding: string): string {
  if (/base64/i.test(encoding)) return Buffer.from(body.replace(/\s+/g, ""), "base64").toString("utf8");
  if (/quoted-printable/i.test(encoding))
    return Buffer.from(
      body.replace(/=\r?\n/g, "").replace(/=([0-9A-F]{2})/gi, (_x, h: string) => String.fromCharCode(parseInt(h, 16))),
      "latin1",
    ).toString("utf8");
  return body;
}

/** Splits a raw message into unfolded headers and the first text/plain part's decoded body. */
function parseEml(raw: string): { headers: Record<string, string>; text: string; html: string | undefined } {
  const [head = "", ...rest] = raw.split("\r\n\r\n");
  const headers: Record<string, string> = {};
  for (const line of head.replace(/\r\n[ \t]+/g, " ").split("\r\n")) {
    const i = line.indexOf(":");
    headers[line.slice(0, i).toLowerCase()] = line.slice(i + 1).trim();
  }
  const body = rest.join("\r\n\r\n");
  const part = (type: string) => {
    const m = new RegExp(
      `Content-Type: ${type}[^\\r]*\\r\\nContent-Transfer-Encoding: ([^\\r]+)\\r\\n\\r\\n([\\s\\S]*?)\\r\\n--`,
      "i",
    ).exec(body);
    return m ? decodeBody(m[2]!, m[1]!) : undefined;
  };
  return {
    headers,
    text: part("text/plain") ?? decodeBody(body, headers["content-transfer-encoding"] ?? ""),
    html: part("text/html"),
  };
}

describe("the mailer", () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "chophien-mail-"));
  afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

  it("without SMTP writes each message as a readable UTF-8 .eml file under DATA_DIR/mail", async () => {
    const mailer = createMailer({ smtpUrl: undefined, dataDir, from: "Chợ Phiên <no-reply@chophien.vn>" });
    const subject = "Đơn hàng CP-20261128-7Q4K đã được xác nhận — Mật ong hoa cà phê Hướng Hóa";
    const text = "Chào Lan,\nGian hàng Nông sản Khe Sanh đã xác nhận đơn của bạn: 120.000 ₫.\nCảm ơn bạn đã ủng hộ!";
    await mailer.send({ to: "lan@example.vn", subject, text, html: "<p>Chào <b>Lan</b>, đơn của bạn đã được xác nhận.</p>" });
    await mailer.send({ to: "minh@example.vn", subject: "Thư thứ hai", text: "Xin chào" });

    const files = fs.readdirSync(path.join(dataDir, "mail")).sort();
    expect(files).toHaveLength(2);
    for (const f of files) expect(f).toMatch(/^\d{8}T\d{6}\.\d{3}Z-[0-9a-f]{8}\.eml$/);
    const first = files
      .map((f) => fs.readFileSync(path.join(dataDir, "mail", f), "latin1"))
      .find((r) => r.includes("lan@example.vn"))!;

    expect(first).toMatch(/\r\n/);
    expect(first).toMatch(/^[\x20-\x7e\r\n\t]*$/); // 7-bit clean on the wire: every non-ASCII character is encoded
    const eml = parseEml(first);
    expect(eml.headers.to).toBe("lan@example.vn");
    expect(decodeHeader(eml.headers.from!)).toBe("Chợ Phiên <no-reply@chophien.vn>");
    expect(decodeHeader(eml.headers.subject!)).toBe(subject);
    expect(eml.headers["mime-version"]).toBe("1.0");
    expect(eml.headers.date).toBeTruthy();
    expect(eml.text.replace(/\r\n/g, "\n")).toBe(text);
    expect(eml.html).toContain("<b>Lan</b>, đơn của bạn đã được xác nhận.");
  });

  it("names files by ISO time, so they sort in sending order", () => {
    expect(emlName(new Date("2026-11-28T13:46:05.123Z"))).toMatch(/^20261128T134605\.123Z-[0-9a-f]{8}\.eml$/);
  });

  it("with an SMTP URL speaks SMTP to that server", async () => {
    const received: string[] = [];
    const server = net.createServer((socket) => {
      let data = false;
      let buf = "";
      socket.write("220 test ESMTP\r\n");
      socket.on("data", (chunk) => {
        buf += chunk.toString("latin1");
        let nl: number;
        while ((nl = buf.indexOf("\r\n")) >= 0) {
          const line = buf.slice(0, nl);
          buf = buf.slice(nl + 2);
          if (data) {
            if (line === ".") {
              data = false;
              socket.write("250 queued\r\n");
            } else received.push(line);
          } else if (/^(EHLO|HELO)/i.test(line)) socket.write("250 test\r\n");
          else if (/^DATA/i.test(line)) {
            data = true;
            socket.write("354 go\r\n");
          } else if (/^QUIT/i.test(line)) socket.end("221 bye\r\n");
          else socket.write("250 ok\r\n");
        }
      });
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const { port } = server.address() as net.AddressInfo;
    try {
      const mailer = createMailer({ smtpUrl: `smtp://127.0.0.1:${port}`, dataDir, from: "no-reply@chophien.vn" });
      await mailer.send({ to: "lan@example.vn", subject: "Đã giao hàng", text: "Đơn của bạn đã giao." });
      const eml = parseEml(received.join("\r\n"));
      expect(decodeHeader(eml.headers.subject!)).toBe("Đã giao hàng");
      expect(eml.text).toBe("Đơn của bạn đã giao.");
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });
});
