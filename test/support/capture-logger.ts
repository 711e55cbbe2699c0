import {Writable} from 'node:stream';
import {createLogger, type Logger} from '../../web/server/logger';
import {recordLogLine} from './log-scan';

/**
 * A real pino logger whose output a test can read (to prove no secret reaches a log line); the
 * run's log scan reads it too.
 */
export function captureLogger(level = 'debug'): {logger: Logger; text(): string} {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(chunk.toString());
      recordLogLine(chunk.toString());
      done();
    },
  });
  return {logger: createLogger(level, stream), text: () => lines.join('')};
}
