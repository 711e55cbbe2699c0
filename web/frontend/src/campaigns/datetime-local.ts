/**
 * `<input type="datetime-local">` speaks "2026-09-01T09:00" in the browser's time zone, with no
 * offset; the API wants an instant. These two functions are the only crossing between them.
 */

const LOCAL_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?$/;

/** Epoch milliseconds, or `null` when the field is empty or not a real date. */
export function parseLocalDateTime(value: string): number | null {
  if (!LOCAL_DATE_TIME.test(value)) return null;
  // A date-time without an offset is local time (ECMAScript Date Time String Format).
  const ms = new Date(value).getTime();
  return Number.isNaN(ms) ? null : ms;
}

export function toLocalDateTime(ms: number): string {
  const date = new Date(ms);
  const pad = (n: number) => String(n).padStart(2, '0');
  return (
    `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}` +
    `T${pad(date.getHours())}:${pad(date.getMinutes())}`
  );
}

/** "Europe/Paris", to tell the merchant which clock the fields use. */
export function browserTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}
