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
