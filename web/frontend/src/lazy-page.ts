import {lazy, type ComponentType, type LazyExoticComponent} from 'react';

const loaders = new Set<() => Promise<unknown>>();

/**
 * A page loaded with its own script chunk when it is first shown, so the admin's first load carries
 * only the page the merchant opened. Pages are named exports; React.lazy wants a default one.
 */
export function lazyPage<Name extends string>(
  load: () => Promise<Record<Name, ComponentType>>,
  name: Name,
): LazyExoticComponent<ComponentType> {
  loaders.add(load);
  return lazy(async () => ({default: (await load())[name]}));
}

/** Loads every page's chunk now rather than when it is first shown (the jsdom tests). */
export async function preloadPages(): Promise<void> {
  await Promise.all(Array.from(loaders, (load) => load()));
}
