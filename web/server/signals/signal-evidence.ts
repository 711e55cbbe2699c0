import {z} from 'zod';
import type {EvidenceValue} from './signal';

/** The facts behind a signal as stored: flat values only, as `SignalEvidence` allows. */
const storedEvidenceSchema = z.record(
  z.string(),
  z.union([z.string(), z.number(), z.boolean(), z.null(), z.array(z.string())]),
);

export type StoredEvidence = Record<string, EvidenceValue>;

export type EvidenceRead = {ok: true; value: StoredEvidence} | {ok: false; reason: string};

/**
 * Stored evidence is read through here, never cast. Unreadable evidence (not JSON, or not the
 * shape Heed writes) is a result, not an exception: the caller keeps the signal without it,
 * since its type, sentence and times still tell a person what happened.
 */
export function parseStoredEvidence(json: string): EvidenceRead {
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch {
    return {ok: false, reason: 'not JSON'};
  }
  const parsed = storedEvidenceSchema.safeParse(raw);
  if (parsed.success) return {ok: true, value: parsed.data};
  const issue = parsed.error.issues[0];
  const where = issue?.path.length ? issue.path.join('.') : 'evidence';
  return {ok: false, reason: `${where}: ${issue?.message ?? 'invalid'}`};
}
