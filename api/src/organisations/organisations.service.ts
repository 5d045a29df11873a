import { Injectable } from '@nestjs/common';
import {
  Check,
  Limits,
  Role,
  OrganisationKind,
  findFylke,
  findKommune,
  isValidOrganisationNumber,
  normaliseOrganisationNumber,
} from '@laerekraft/shared';
import type { Actor } from '../core/auth/actor.js';
import { Db } from '../core/database/db.service.js';
import { DomainError, assertValid } from '../core/errors/domain-error.js';
import { AuditService } from '../audit/audit.service.js';
import { OrganisationEntity } from './organisation.entity.js';
import { OrganisationsPolicy } from './organisations.policy.js';
import { InvitationsService } from '../identity/invitations.service.js';
import type { CreateOrganisationInput } from './dto/organisations.inputs.js';

export interface OrganisationDraft {
  kind: OrganisationKind;
  name: string;
  organisationNumber: string;
  kommunenummer: string | null;
  fylkesnummer: string | null;
}

/** Checks an organisation against the municipality list and the orgnr rule, and names it officially. */
export function draftOrganisation(input: {
  kind: OrganisationKind;
  number?: string | null;
  organisationNumber: string;
  name?: string | null;
}): OrganisationDraft {
  const check = new Check();
  const orgnr = normaliseOrganisationNumber(input.organisationNumber ?? '');
  check.rule('organisationNumber', isValidOrganisationNumber(orgnr), 'invalidOrganisationNumber');
  let draft: OrganisationDraft | null = null;
  if (input.kind === OrganisationKind.KOMMUNE) {
    const k = findKommune(input.number ?? '');
    check.rule('number', !!k, 'unknownKommune');
    if (k)
      draft = {
        kind: input.kind,
        name: input.name?.trim() || `${k.navn} kommune`,
        organisationNumber: orgnr,
        kommunenummer: k.nummer,
        fylkesnummer: k.fylkesnummer,
      };
  } else if (input.kind === OrganisationKind.FYLKESKOMMUNE) {
    const f = findFylke(input.number ?? '');
    check.rule('number', !!f, 'unknownFylke');
    if (f)
      draft = {
        kind: input.kind,
        name: input.name?.trim() || `${f.navn} fylkeskommune`,
        organisationNumber: orgnr,
        kommunenummer: null,
        fylkesnummer: f.nummer,
      };
  } else {
    check.required('name', input.name, Limits.ORGANISATION_NAME_MAX);
    draft = {
      kind: input.kind,
      name: (input.name ?? '').trim(),
      organisationNumber: orgnr,
      kommunenummer: null,
      fylkesnummer: null,
    };
  }
  if (draft)
    check.rule('name', draft.name.length <= Limits.ORGANISATION_NAME_MAX, 'tooLong', {
      max: Limits.ORGANISATION_NAME_MAX,
    });
  assertValid(check);
  return draft!;
}

@Injectable()
export class OrganisationsService {
  constructor(
    private readonly db: Db,
    private readonly audit: AuditService,
    private readonly invitations: InvitationsService,
  ) {}

  /** The directory of organisations: public facts only (name, kind, numbers). */
  directory(actor: Actor): Promise<OrganisationEntity[]> {
    return this.db.run(actor.scope, (m) => m.find(OrganisationEntity, { order: { name: 'ASC' } }));
  }

  /** Registers an organisation and invites its first innovation lead; the link is returned once. */
  async create(
    actor: Actor,
    input: CreateOrganisationInput,
  ): Promise<{ organisation: OrganisationEntity; link: string }> {
    if (!OrganisationsPolicy.canCreateOrganisation(actor))
      throw DomainError.forbidden('Only an operator of this installation can register organisations');
    const draft = draftOrganisation(input);
    assertValid(
      new Check().required('leadName', input.leadName, Limits.NAME_MAX).email('leadEmail', input.leadEmail),
    );
    // The new organisation's first rows belong to it, not to the operator's: through the door.
    return this.db.door('organisation-registry', async (m) => {
      if (await m.existsBy(OrganisationEntity, { organisationNumber: draft.organisationNumber })) {
        throw DomainError.validation(
          [{ field: 'organisationNumber', message: 'organisationExists' }],
          'An organisation with this organisasjonsnummer is already registered',
        );
      }
      const org = await m.save(OrganisationEntity, m.create(OrganisationEntity, draft));
      await this.audit.record(m, {
        organisationId: org.id,
        actorId: actor.personId,
        entityType: 'organisation',
        entityId: org.id,
        action: 'organisation.created',
        after: { ...draft },
      });
      const { link } = await this.invitations.issue(m, {
        organisationId: org.id,
        invitedById: actor.personId,
        name: input.leadName,
        email: input.leadEmail,
        roles: [{ role: Role.INNOVATION_LEAD, unitId: null }],
      });
      return { organisation: org, link };
    });
  }
}
