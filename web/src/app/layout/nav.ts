import type { Role } from '../../gql/graphql';

export interface NavItem {
  to: string;
  /** Translation key of the label. */
  label: string;
  /** Only shown to people holding one of these roles; everyone when absent. */
  roles?: readonly Role[];
  end?: boolean;
}

// Main navigation, in order. Lærdommer and Portefølje are one line each when they arrive.
export const NAV_ITEMS: readonly NavItem[] = [
  { to: '/', label: 'nav.home', end: true },
  { to: '/ideer', label: 'nav.ideas' },
  { to: '/forsok', label: 'nav.experiments' },
  { to: '/nettverk', label: 'nav.networks' },
  { to: '/admin', label: 'nav.admin', roles: ['INNOVATION_LEAD'] },
  { to: '/profil', label: 'nav.profile' },
];
