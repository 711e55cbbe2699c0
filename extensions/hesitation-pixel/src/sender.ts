/** The longest the pixel waits before resending a batch Heed asked it to retry. */
export const MAX_RETRY_WAIT_MS = 10_000;
/** The wait when Heed asks for a retry without saying how long. */
const DEFAULT_RETRY_WAIT_MS = 1_000;

export interface SenderDeps {
  /** POSTs one batch body; answers the status and the `Retry-After` header, if any. */
  post: (body: string) => Promise<{status: number; retryAfter: string | null}>;
  setTimer: (fn: () => void, ms: number) => unknown;
}

/**
 * Sends each batch once. When Heed answers that it is busy (429: the shop is over its rate; 503:
 * storage is behind or down), the batch goes once more after the wait Heed names, capped at ten
 * seconds; any other answer, or a second refusal, is final, so a struggling server is never piled
 * on. A network failure is final too: the page may be gone.
 */
export function createSender(deps: SenderDeps): (body: string) => void {
  const attempt = (body: string, mayRetry: boolean): void => {
    deps.post(body).then(
      ({status, retryAfter}) => {
        if (mayRetry && (status === 429 || status === 503)) {
          deps.setTimer(() => attempt(body, false), retryWait(retryAfter));
        }
      },
      () => undefined,
    );
  };
  return (body) => attempt(body, true);
}

function retryWait(header: string | null): number {
  const seconds = Number(header);
  if (header === null || !Number.isFinite(seconds) || seconds <= 0) return DEFAULT_RETRY_WAIT_MS;
  return Math.min(seconds * 1_000, MAX_RETRY_WAIT_MS);
}
