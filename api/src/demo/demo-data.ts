import { OrganisationKind, Role } from '@laerekraft/shared';

/** The demo password exists only when DEMO is on (never in production unless asked for). */
export const DEMO_PASSWORD = 'laerekraft-demo';

interface DemoUnit {
  name: string;
  children?: DemoUnit[];
}
interface DemoPerson {
  email: string;
  name: string;
  unit?: string;
  roles: Array<{ role: Role; unit?: string }>;
  platformAdmin?: boolean;
}
export interface DemoOrganisation {
  kind: OrganisationKind;
  number: string;
  organisationNumber: string;
  units: DemoUnit[];
  people: DemoPerson[];
}

export const DEMO_ORGANISATIONS: DemoOrganisation[] = [
  {
    kind: OrganisationKind.KOMMUNE,
    number: '1804', // Bodø
    organisationNumber: '972417807',
    units: [
      {
        name: 'Helse og omsorg',
        children: [
          {
            name: 'Hjemmetjenesten',
            children: [{ name: 'Hjemmetjenesten sentrum' }, { name: 'Hjemmetjenesten Saltstraumen' }],
          },
        ],
      },
      {
        name: 'Oppvekst',
        children: [{ name: 'Skoler', children: [{ name: 'Bodøsjøen skole' }] }, { name: 'Barnehager' }],
      },
      { name: 'Teknisk' },
    ],
    people: [
      {
        email: 'innovasjon@bodo.demo',
        name: 'Ingrid Innovasjon',
        roles: [{ role: Role.INNOVATION_LEAD }, { role: Role.EMPLOYEE }],
      },
      {
        email: 'leder.helse@bodo.demo',
        name: 'Lars Leder',
        unit: 'Helse og omsorg',
        roles: [{ role: Role.MANAGER, unit: 'Helse og omsorg' }, { role: Role.EMPLOYEE }],
      },
      {
        email: 'leder.hjemme@bodo.demo',
        name: 'Hanne Hjemmeleder',
        unit: 'Hjemmetjenesten sentrum',
        roles: [{ role: Role.MANAGER, unit: 'Hjemmetjenesten sentrum' }, { role: Role.EMPLOYEE }],
      },
      {
        email: 'ansatt@bodo.demo',
        name: 'Aslak Ansatt',
        unit: 'Hjemmetjenesten sentrum',
        roles: [{ role: Role.EMPLOYEE }],
      },
      {
        email: 'tillitsvalgt@bodo.demo',
        name: 'Tone Tillitsvalgt',
        unit: 'Hjemmetjenesten',
        roles: [{ role: Role.UNION_REP }, { role: Role.EMPLOYEE }],
      },
      { email: 'direktor@bodo.demo', name: 'Kjell Kommunedirektør', roles: [{ role: Role.READER }] },
    ],
  },
  {
    kind: OrganisationKind.KOMMUNE,
    number: '4601', // Bergen
    organisationNumber: '964338531',
    units: [
      { name: 'Helse og omsorg', children: [{ name: 'Etat for hjemmebaserte tjenester' }] },
      { name: 'Barnehage og skole' },
    ],
    people: [
      {
        email: 'innovasjon@bergen.demo',
        name: 'Bjørg Bergensen',
        roles: [{ role: Role.INNOVATION_LEAD }, { role: Role.EMPLOYEE }],
      },
      {
        email: 'ansatt@bergen.demo',
        name: 'Sindre Sandviken',
        unit: 'Etat for hjemmebaserte tjenester',
        roles: [{ role: Role.EMPLOYEE }],
      },
      {
        email: 'leder.hjemme@bergen.demo',
        name: 'Marit Møhlenpris',
        unit: 'Etat for hjemmebaserte tjenester',
        roles: [{ role: Role.MANAGER, unit: 'Etat for hjemmebaserte tjenester' }, { role: Role.EMPLOYEE }],
      },
    ],
  },
  {
    kind: OrganisationKind.KOMMUNE,
    number: '4602', // Kinn (Florø and Måløy), a member of the demo network
    organisationNumber: '920850006', // a valid check digit; not Kinn's registered number
    units: [
      {
        name: 'Helse og velferd',
        children: [{ name: 'Heimetenesta Florø' }, { name: 'Heimetenesta Måløy' }],
      },
      { name: 'Oppvekst og kultur', children: [{ name: 'Florø barneskule' }] },
    ],
    people: [
      {
        email: 'innovasjon@kinn.demo',
        name: 'Kari Kinn',
        roles: [{ role: Role.INNOVATION_LEAD }, { role: Role.EMPLOYEE }],
      },
      {
        email: 'leder.heime@kinn.demo',
        name: 'Svein Sunde',
        unit: 'Heimetenesta Florø',
        roles: [{ role: Role.MANAGER, unit: 'Helse og velferd' }, { role: Role.EMPLOYEE }],
      },
      {
        email: 'tilsett@kinn.demo',
        name: 'Eli Eikefjord',
        unit: 'Heimetenesta Florø',
        roles: [{ role: Role.EMPLOYEE }],
      },
      {
        email: 'tilsett2@kinn.demo',
        name: 'Odd Osen',
        unit: 'Heimetenesta Måløy',
        roles: [{ role: Role.EMPLOYEE }],
      },
      { email: 'radmann@kinn.demo', name: 'Randi Rådmann', roles: [{ role: Role.READER }] },
    ],
  },
  {
    kind: OrganisationKind.FYLKESKOMMUNE,
    number: '18', // Nordland
    organisationNumber: '964982953',
    units: [
      { name: 'Utdanning og kompetanse', children: [{ name: 'Videregående skoler' }] },
      { name: 'Regional utvikling' },
    ],
    people: [
      {
        email: 'koordinator@nfk.demo',
        name: 'Nora Nettverk',
        roles: [{ role: Role.NETWORK_COORDINATOR }, { role: Role.EMPLOYEE }],
      },
      {
        email: 'innovasjon@nfk.demo',
        name: 'Fredrik Fylke',
        roles: [{ role: Role.INNOVATION_LEAD }, { role: Role.EMPLOYEE }],
      },
      { email: 'drift@nfk.demo', name: 'Dina Drift', roles: [{ role: Role.READER }], platformAdmin: true },
    ],
  },
];

export const DEMO_NETWORK = {
  name: 'Innovasjonsnettverk Nord',
  description: 'Kommuner og fylkeskommune i nord som deler forsøk og lærdommer om tjenesteinnovasjon.',
  coordinatorEmail: 'koordinator@nfk.demo',
  members: ['1804', '4602'],
  invited: ['4601'],
};
