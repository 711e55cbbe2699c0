import {act} from 'react';

/** DOM helpers for the admin's jsdom tests: act as a merchant would, read what a merchant sees. */

/** Polls until `check` passes, letting React and pending promises run in between. */
export async function eventually(check: () => void, timeoutMs = 2_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      check();
      return;
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await act(() => new Promise((resolve) => setTimeout(resolve, 10)));
    }
  }
}

/** A button of the page itself, not its copy in App Bridge's title bar. */
export function pageButton(container: HTMLElement, name: string): HTMLButtonElement {
  const button = Array.from(container.querySelectorAll('button')).find(
    (b) => b.textContent === name && !b.closest('ui-title-bar'),
  );
  if (!button) throw new Error(`no "${name}" button`);
  return button;
}

export async function click(element: HTMLElement): Promise<void> {
  await act(async () => element.click());
}

export function inputValue(id: string): string | undefined {
  const element = document.getElementById(id);
  return element instanceof HTMLInputElement ? element.value : undefined;
}

/** Types as a user would: React only sees a value set through the element's native setter. */
export async function fill(id: string, value: string): Promise<void> {
  const element = document.getElementById(id);
  if (!(element instanceof HTMLInputElement)) throw new Error(`no input #${id}`);
  const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set;
  await act(async () => {
    setter?.call(element, value);
    element.dispatchEvent(new Event('input', {bubbles: true}));
  });
}

/** Polaris links a field to its error message through `aria-describedby`. */
export function fieldError(id: string): string | undefined {
  const input = document.getElementById(id);
  const errorId = `${id}Error`;
  if (!input?.getAttribute('aria-describedby')?.split(' ').includes(errorId)) return undefined;
  return document.getElementById(errorId)?.textContent ?? undefined;
}

/** Polaris links a field to its help text the same way. */
export function fieldHelp(id: string): string | undefined {
  return document.getElementById(`${id}HelpText`)?.textContent ?? undefined;
}
