/** The admin's sections, in menu order. The first is the app's home (App Bridge `rel="home"`). */
export const SECTIONS = [
  {path: '/', name: 'dashboard'},
  {path: '/campaigns', name: 'campaigns'},
  {path: '/inbox', name: 'inbox'},
  {path: '/outcomes', name: 'outcomes'},
  {path: '/live', name: 'live'},
  {path: '/rules', name: 'rules'},
  {path: '/settings', name: 'settings'},
] as const;

export type SectionPath = (typeof SECTIONS)[number]['path'];

/** Sections only the demo has (`npm run demo`), after the others in the menu. */
export const DEMO_SECTIONS = [{path: '/mailbox', name: 'mailbox'}] as const;

/** A section's name in the menu is `common:nav.<name>`. */
export type SectionName =
  | (typeof SECTIONS)[number]['name']
  | (typeof DEMO_SECTIONS)[number]['name'];

export type DemoSectionPath = (typeof DEMO_SECTIONS)[number]['path'];

/** The menu's sections: the app's, and the demo's in demo mode. */
export function menuSections(demo: boolean) {
  return demo ? [...SECTIONS, ...DEMO_SECTIONS] : [...SECTIONS];
}
