/** One dispatched server-sent event: its `event:` name (`message` when absent) and its data. */
export interface SseEvent {
  event: string;
  data: string;
}

/**
 * Reads the `text/event-stream` format in chunks as they arrive (a chunk may end mid-line).
 * Comment lines (`: heartbeat`), `id:` and `retry:` are skipped: the caller reconnects on its own
 * schedule and reloads rather than resuming from an id.
 * https://html.spec.whatwg.org/multipage/server-sent-events.html#event-stream-interpretation
 */
export function createSseParser(onEvent: (event: SseEvent) => void) {
  let buffer = '';
  let name = '';
  let data: string[] = [];

  function line(text: string): void {
    if (text === '') {
      if (data.length > 0) onEvent({event: name || 'message', data: data.join('\n')});
      name = '';
      data = [];
      return;
    }
    if (text.startsWith(':')) return;
    const colon = text.indexOf(':');
    const field = colon === -1 ? text : text.slice(0, colon);
    const value = colon === -1 ? '' : text.slice(colon + 1).replace(/^ /, '');
    if (field === 'event') name = value;
    if (field === 'data') data.push(value);
  }

  return {
    push(chunk: string): void {
      buffer += chunk;
      // A `\r` at the very end may be the first half of `\r\n`: that line waits for the next chunk.
      const held = buffer.endsWith('\r');
      const lines = (held ? buffer.slice(0, -1) : buffer).split(/\r\n|\r|\n/);
      const rest = lines.pop() ?? '';
      buffer = held ? `${rest}\r` : rest;
      for (const text of lines) line(text);
    },
  };
}
