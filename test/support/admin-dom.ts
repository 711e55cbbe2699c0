import {act, type ReactElement} from 'react';
import {createRoot, type Root} from 'react-dom/client';
import {preloadPages} from '../../web/frontend/src/lazy-page';

/** DOM helpers for the admin's jsdom tests: act as a merchant would, read what a merchant sees. */

const mounted: Root[] = [];

/** Renders `ui` into a container of its own on the page; `unmountAll` takes it down. */
export async function mount(ui: ReactElement): Promise<HTMLElement> {
  // The admin's pages load lazily; loaded ahead, a page shows as soon as the router picks it.
  await preloadPages();
  const container = document.body.appendChild(document.createElement('div'));
  const root = createRoot(container);
  mounted.push(root);
  await act(async () => root.render(ui));
  return container;
}

/** For `afterEach`: unmounts what the test mounted, empties the page and goes back to `/`. */
export function unmountAll(): void {
  for (const root of mounted.splice(0)) act(() => root.unmount());
  document.body.replaceChildren();
  window.history.replaceState(null, '', '/');
}

/** A JSON answer as the API gives it. */
export function json(
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: {'Content-Type': 'application/json', ...headers},
  });
}

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

/** A button of the page itself, not its copy in App Bridge's title bar or save bar. */
export function pageButton(container: HTMLElement, name: string): HTMLButtonElement {
  const button = Array.from(container.querySelectorAll('button')).find(
    (b) => b.textContent === name && !b.closest('ui-title-bar, ui-save-bar'),
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

/** Types (or chooses) as a user would: React only sees a value set through the element's native setter. */
export async function fill(id: string, value: string): Promise<void> {
  const element = document.getElementById(id);
  if (
    !(
      element instanceof HTMLInputElement ||
      element instanceof HTMLTextAreaElement ||
      element instanceof HTMLSelectElement
    )
  ) {
    throw new Error(`no field #${id}`);
  }
  const prototype = Object.getPrototypeOf(element) as object;
  const setter = Object.getOwnPropertyDescriptor(prototype, 'value')?.set;
  await act(async () => {
    setter?.call(element, value);
    element.dispatchEvent(
      new Event(element instanceof HTMLSelectElement ? 'change' : 'input', {bubbles: true}),
    );
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

/** The save bar as App Bridge draws it outside the app (the demo's stand-in), while it shows. */
export function shownSaveBar(): HTMLElement | undefined {
  const bar = document.querySelector<HTMLElement>('.heed-demo-savebar');
  return bar && !bar.hidden ? bar : undefined;
}

/** A button of the shown save bar (`Save`, `Discard`) or of App Bridge's leave-page prompt. */
export function appBridgeButton(name: string): HTMLButtonElement {
  const button = Array.from(
    document.querySelectorAll<HTMLButtonElement>(
      '.heed-demo-savebar button, .heed-demo-dialog button',
    ),
  ).find((b) => b.textContent === name);
  if (!button) throw new Error(`App Bridge shows no "${name}" button`);
  return button;
}

/** App Bridge's leave-page prompt, while it asks. */
export function leavePrompt(): HTMLElement | undefined {
  return document.querySelector<HTMLElement>('.heed-demo-dialog[role="alertdialog"]') ?? undefined;
}
