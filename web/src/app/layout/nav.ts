import type { ViewerCan } from '../session/useMe';

export interface NavItem {
  to: string;
  /** Translation key of the label. */
  label: string;
  /** Only shown to people whose `viewerCan` allows this; everyone when absent. */
  ability?: Exclude<keyof ViewerCan, '__typename'>;
  end?: boolean;
}

// Main navigation, in order.
export const NAV_ITEMS: readonly NavItem[] = [
  { to: '/', label: 'nav.home', end: true },
  { to: '/ideer', label: 'nav.ideas' },
  { to: '/forsok', label: 'nav.experiments' },
  { to: '/laerdommer', label: 'nav.lessons' },
  { to: '/portefolje', label: 'nav.portfolio' },
  { to: '/sok', label: 'nav.search' },
  { to: '/utfordringer', label: 'nav.challenges' },
  { to: '/nettverk', label: 'nav.networks' },
  { to: '/admin', label: 'nav.admin', ability: 'administer' },
  { to: '/profil', label: 'nav.profile' },
];
