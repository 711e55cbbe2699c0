/** The admin's sections, in menu order. The first is the app's home (App Bridge `rel="home"`). */
export const SECTIONS = [
  {path: '/', label: 'Dashboard'},
  {path: '/campaigns', label: 'Campaigns'},
  {path: '/inbox', label: 'Follow-up inbox'},
  {path: '/outcomes', label: 'Outcomes'},
  {path: '/live', label: 'Live checkouts'},
  {path: '/rules', label: 'Rules'},
  {path: '/settings', label: 'Settings'},
] as const;

export type SectionPath = (typeof SECTIONS)[number]['path'];

/** Sections only the demo has (`npm run demo`), after the others in the menu. */
export const DEMO_SECTIONS = [{path: '/mailbox', label: 'Demo mailbox'}] as const;

export type DemoSectionPath = (typeof DEMO_SECTIONS)[number]['path'];

/** The menu's sections: the app's, and the demo's in demo mode. */
export function menuSections(demo: boolean) {
  return demo ? [...SECTIONS, ...DEMO_SECTIONS] : [...SECTIONS];
}
