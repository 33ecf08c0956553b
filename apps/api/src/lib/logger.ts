import pino, { type Logger } from "pino";

/** The process logger: JSON lines, secrets redacted wherever they appear. */
export function createLogger(level: string): Logger {
  return pino({
    level,
    redact: {
      paths: [
        "req.headers.authorization",
        "req.headers.cookie",
        'res.headers["set-cookie"]',
        "*.password",
        "*.currentPassword",
        "*.newPassword",
        "*.passwordHash",
      ],
      censor: "[redacted]",
    },
  });
}
