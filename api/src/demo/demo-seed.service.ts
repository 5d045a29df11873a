import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { MembershipStatus } from '@laerekraft/shared';
import { Db } from '../core/database/db.service.js';
import { hashPassword } from '../core/auth/passwords.js';
import { logger } from '../core/logging/logger.js';
import { PersonEntity } from '../identity/person.entity.js';
import { RoleAssignmentEntity } from '../identity/role-assignment.entity.js';
import { NetworkEntity } from '../networks/network.entity.js';
import { NetworkMembershipEntity } from '../networks/network-membership.entity.js';
import { OrganisationEntity } from '../organisations/organisation.entity.js';
import { draftOrganisation } from '../organisations/organisations.service.js';
import { UnitEntity } from '../organisations/unit.entity.js';
import { DemoCycleSeeder } from './demo-cycle.seeder.js';
import { DemoStorySeeder } from './demo-story.seeder.js';
import { DemoClock } from './demo-clock.js';
import { DEMO_NETWORK, DEMO_ORGANISATIONS, DEMO_PASSWORD, type DemoOrganisation } from './demo-data.js';

/**
 * Seeds the demo organisations, people and network so a newcomer sees a living product.
 * Idempotent: an organisation that already exists (by organisasjonsnummer) is left as it is.
 */
@Injectable()
export class DemoSeedService {
  constructor(
    private readonly db: Db,
    private readonly cycle: DemoCycleSeeder,
    private readonly story: DemoStorySeeder,
  ) {}

  async seed(): Promise<{ created: number }> {
    const passwordHash = await hashPassword(DEMO_PASSWORD);
    const created: string[] = [];
    await this.db.door('demo-seed', async (m) => {
      // One seeder at a time, even with several API instances starting together.
      await m.query('SELECT pg_advisory_xact_lock(727274)');
      for (const org of DEMO_ORGANISATIONS) {
        if (await m.existsBy(OrganisationEntity, { organisationNumber: org.organisationNumber })) continue;
        await this.seedOrganisation(m, org, passwordHash);
        created.push(org.number);
      }
      if (!(await m.existsBy(NetworkEntity, { name: DEMO_NETWORK.name }))) await this.seedNetwork(m);
      else await this.joinNetwork(m, created);
    });
    // The story is told once, on a fresh demo: an older demo database that gains an
    // organisation (Kinn) gets its people and membership, not Bodø's cycle a second time.
    if (created.includes('1804')) {
      const clock = new DemoClock(this.db);
      await this.dateNetwork(clock);
      const cycle = await this.cycle.seed(clock);
      if (cycle) await this.story.seed(clock, cycle.concludedId);
    }
    if (created.length) logger.info({ organisations: created.length }, 'demo data seeded');
    return { created: created.length };
  }

  /** The network is half a year old: its members joined then; Bergen was invited three weeks ago. */
  private dateNetwork(clock: DemoClock) {
    const [created, invited, joined, bergen] = [
      clock.moment(185),
      clock.moment(184),
      clock.moment(180),
      clock.moment(21),
    ];
    return this.db.door('demo-seed', async (m) => {
      const network = await m.findOneBy(NetworkEntity, { name: DEMO_NETWORK.name });
      if (!network) return;
      await m.query(`UPDATE networks SET created_at = $2 WHERE id = $1`, [network.id, created]);
      await m.query(
        `UPDATE network_memberships SET invited_at = $2, responded_at = CASE WHEN status = 'MEMBER' THEN $3::timestamptz END WHERE network_id = $1`,
        [network.id, invited, joined],
      );
      await m.query(
        `UPDATE network_memberships SET invited_at = $2 WHERE network_id = $1 AND status = 'INVITED'`,
        [network.id, bergen],
      );
    });
  }

  /** Organisations added to an existing demo join its network as the demo data says. */
  private async joinNetwork(m: EntityManager, numbers: string[]) {
    const network = await m.findOneByOrFail(NetworkEntity, { name: DEMO_NETWORK.name });
    for (const nr of numbers) {
      const status = DEMO_NETWORK.members.includes(nr)
        ? MembershipStatus.MEMBER
        : DEMO_NETWORK.invited.includes(nr)
          ? MembershipStatus.INVITED
          : null;
      const org = status && (await m.findOneBy(OrganisationEntity, { kommunenummer: nr }));
      if (org && status)
        await m.insert(NetworkMembershipEntity, {
          networkId: network.id,
          organisationId: org.id,
          status,
          invitedById: network.coordinatorId,
          respondedAt: status === MembershipStatus.MEMBER ? new Date() : null,
        });
    }
  }

  private async seedOrganisation(m: EntityManager, demo: DemoOrganisation, passwordHash: string) {
    const org = await m.save(OrganisationEntity, m.create(OrganisationEntity, draftOrganisation(demo)));
    const unitIds = new Map<string, string>();
    const addUnits = async (units: DemoOrganisation['units'], parentId: string | null) => {
      for (const u of units) {
        const unit = await m.save(
          UnitEntity,
          m.create(UnitEntity, { organisationId: org.id, parentId, name: u.name }),
        );
        unitIds.set(u.name, unit.id);
        await addUnits(u.children ?? [], unit.id);
      }
    };
    await addUnits(demo.units, null);
    for (const p of demo.people) {
      const person = await m.save(
        PersonEntity,
        m.create(PersonEntity, {
          organisationId: org.id,
          email: p.email,
          name: p.name,
          passwordHash,
          locale: 'nb',
          unitId: p.unit ? unitIds.get(p.unit)! : null,
          platformAdmin: p.platformAdmin ?? false,
        }),
      );
      await m.insert(
        RoleAssignmentEntity,
        p.roles.map((r) => ({
          organisationId: org.id,
          personId: person.id,
          role: r.role,
          unitId: r.unit ? unitIds.get(r.unit)! : null,
        })),
      );
    }
  }

  private async seedNetwork(m: EntityManager) {
    const coordinator = await m.findOneBy(PersonEntity, { email: DEMO_NETWORK.coordinatorEmail });
    if (!coordinator) return;
    const network = await m.save(
      NetworkEntity,
      m.create(NetworkEntity, {
        organisationId: coordinator.organisationId,
        coordinatorId: coordinator.id,
        name: DEMO_NETWORK.name,
        description: DEMO_NETWORK.description,
      }),
    );
    const member = (organisationId: string, status: MembershipStatus) =>
      m.insert(NetworkMembershipEntity, {
        networkId: network.id,
        organisationId,
        status,
        invitedById: coordinator.id,
        respondedAt: status === MembershipStatus.MEMBER ? new Date() : null,
      });
    await member(coordinator.organisationId, MembershipStatus.MEMBER);
    for (const [numbers, status] of [
      [DEMO_NETWORK.members, MembershipStatus.MEMBER],
      [DEMO_NETWORK.invited, MembershipStatus.INVITED],
    ] as const) {
      for (const nr of numbers) {
        const org = await m.findOneBy(OrganisationEntity, { kommunenummer: nr });
        if (org) await member(org.id, status);
      }
    }
  }
}
