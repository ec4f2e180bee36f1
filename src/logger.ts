import { pino, type Logger } from 'pino';

export type { Logger };

/**
 * Structured logs. Identity numbers never reach a log line: the redaction paths below cover the
 * fields where they live, and code logs ids (person id, cart item id), never personal values.
 */
export function createLogger(level: string, destination?: NodeJS.WritableStream): Logger {
  return pino(
    {
      level,
      base: { app: 'id06-bot' },
      redact: {
        paths: [
          '*.identityNumber',
          '*.coordinationNumber',
          '*.dateOfBirth',
          '*.text',
          'activity.value',
          'req.headers.authorization',
          'headers.authorization',
        ],
        censor: '[redacted]',
      },
    },
    destination as never,
  );
}
