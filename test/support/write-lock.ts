import {spawn} from 'node:child_process';
import type {StorageTarget} from '../../web/server/storage';

export interface HeldLock {
  /** Ends the other process's transaction; resolves once it has exited. */
  release(): Promise<void>;
}

/**
 * Holds storage's write lock from another process, as a backup, a migration or an operator's
 * shell would: on SQLite `BEGIN IMMEDIATE` in the sqlite3 shell (the whole file); on PostgreSQL
 * `LOCK TABLE … IN EXCLUSIVE MODE` in psql (writes to those tables wait, reads go on). Resolves
 * once the lock is held.
 */
export async function holdWriteLock(target: StorageTarget, tables: string[]): Promise<HeldLock> {
  const script =
    target.kind === 'sqlite'
      ? `BEGIN IMMEDIATE;\nSELECT 'locked';\n`
      : `${target.schema ? `SET search_path TO ${target.schema};\n` : ''}BEGIN;\nLOCK TABLE ${tables.join(', ')} IN EXCLUSIVE MODE;\nSELECT 'locked';\n`;
  const child =
    target.kind === 'sqlite'
      ? spawn('sqlite3', [target.file])
      : spawn('psql', ['-X', '-q', '-t', '-A', target.url]);
  let output = '';
  await new Promise<void>((resolve, reject) => {
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      output += chunk;
      if (output.includes('locked')) resolve();
    });
    child.stderr.on('data', (chunk: Buffer) => reject(new Error(chunk.toString())));
    child.once('exit', (code) => reject(new Error(`lock holder exited with ${code}`)));
    child.stdin.write(script);
  });
  return {
    release: async () => {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.stdin.end('ROLLBACK;\n');
      await exited;
    },
  };
}
