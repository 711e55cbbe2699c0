import type {Sayer, WordValue, Wording} from '../sentences/wording';

/**
 * The wordings a case writes (`sentences/<language>/cases.ts`): its timeline lines, who the
 * shopper is, the basis to contact them, the reasons an action is refused. Each is worded when
 * read, for the person reading, on the shop's clock.
 */
export function caseWording(key: string, values?: Record<string, WordValue>): Wording {
  return values ? {key: `cases:${key}`, values} : {key: `cases:${key}`};
}

/** A wording quoted inside another: "… Basis: {{basis}}". */
export function clause(key: string, values?: Record<string, WordValue>): {say: Wording} {
  return {say: caseWording(key, values)};
}

/** The actor Heed itself writes as (reopening, waking, resolving on an order). */
export const HEED_ACTOR = 'heed';

/**
 * A person as a line names them: their name, `Heed` for Heed, "a staff member" for someone
 * unnamed ("A staff member" starting a sentence, as `subject`).
 */
export function personValue(
  userId: string,
  names: ReadonlyMap<string, string | null>,
  position: 'subject' | 'object' = 'object',
): WordValue {
  if (userId === HEED_ACTOR) return 'Heed';
  const name = names.get(userId);
  if (!name) return clause(position === 'subject' ? 'people.Someone' : 'people.someone');
  return position === 'subject' ? name.charAt(0).toUpperCase() + name.slice(1) : name;
}

/** A signal's sentence inside a line: its wording when its detector stored one, else its English. */
export function signalSentence(signal: {sentence: string; wording?: Wording | null}): WordValue {
  return signal.wording ? {say: signal.wording} : signal.sentence;
}

const MINUTE_MS = 60_000;

/** "4 minutes", "1 hour 5 minutes", "2 days" (as `signals/wording`'s `duration`). */
export function durationValue(ms: number): WordValue {
  const minutes = Math.round(ms / MINUTE_MS);
  if (minutes < 60) return clause('duration.minutes', {count: Math.max(minutes, 1)});
  if (minutes < 48 * 60) {
    const rest = minutes % 60;
    const hours = clause('duration.hours', {count: Math.floor(minutes / 60)});
    if (rest === 0) return hours;
    return clause('duration.hoursAndMinutes', {
      hours,
      minutes: clause('duration.minutes', {count: rest}),
    });
  }
  return clause('duration.days', {count: Math.round(minutes / (24 * 60))});
}

/** Lines that follow one another in one timeline line: "A. B.", first to last. */
export function joined(parts: WordValue[]): WordValue {
  const [first, ...rest] = parts;
  if (first === undefined) return '';
  return rest.reduce<WordValue>(
    (line, then) => clause('timeline.alsoSaid', {first: line, then}),
    first,
  );
}

/** One fact or clause on its own, for the reader. */
export function sayValue(sayer: Sayer, value: WordValue): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'object' && 'say' in value) return sayer.say(value.say);
  return sayer.say(caseWording('said', {said: value}));
}
