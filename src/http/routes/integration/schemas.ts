import { Type } from 'typebox';
import { APPLICATION_STATUSES } from '../../../domain/application-status.js';
import { ApplicationStatusSchema, CandidateSchema, Id, Instant, LanguageSchema, ProjectSchema } from '../../schemas.js';

const ExternalId = Type.String({ minLength: 1, maxLength: 200, description: "The ATS's own id; unique within your organisation." });

export const PathWithExternalId = Type.Object({ externalId: ExternalId }, { additionalProperties: false });

export const ProjectUpsertBody = Type.Object(
  {
    title: Type.String({ minLength: 1, maxLength: 200 }),
    reference: Type.String({ maxLength: 100, description: "The position's reference, as recruiters know it." }),
    status: Type.Optional(Type.Enum(['open', 'closed'], { description: 'Left out: `open` for a new project; an existing one keeps its status.' })),
    ownerEmail: Type.Optional(
      Type.String({
        format: 'email',
        maxLength: 254,
        description: "A user of your organisation who owns the project. Left out: a new project is owned by the key's creator, an existing one keeps its owner.",
      }),
    ),
  },
  { additionalProperties: false },
);

export const IntegrationProjectSchema = Type.Object({ ...ProjectSchema.properties, externalId: ExternalId });

export const CandidateUpsertBody = Type.Object(
  {
    firstName: Type.String({ minLength: 1, maxLength: 100 }),
    lastName: Type.String({ minLength: 1, maxLength: 100 }),
    email: Type.String({ format: 'email', maxLength: 254 }),
    mobile: Type.Optional(
      Type.Union([Type.String({ minLength: 1, maxLength: 40 }), Type.Null()], {
        description: 'A mobile number, stored in E.164 (without a country prefix it is read as Danish). Null removes it; left out, it is kept.',
      }),
    ),
    language: Type.Optional(
      Type.Union([LanguageSchema], { description: "The candidate's language for emails and the answer page. Left out: your organisation's default for a new candidate; an existing one keeps theirs." }),
    ),
  },
  { additionalProperties: false },
);

export const IntegrationCandidateSchema = Type.Object({ ...CandidateSchema.properties, externalId: ExternalId });

export const ApplicationUpsertBody = Type.Object(
  {
    projectExternalId: Type.String({ ...ExternalId, description: 'The external id of a project created with PUT /api/integration/projects/{externalId}.' }),
    candidateExternalId: Type.String({ ...ExternalId, description: 'The external id of a candidate created with PUT /api/integration/candidates/{externalId}.' }),
    status: Type.Optional(
      Type.Enum([...APPLICATION_STATUSES], {
        description: 'Status for the project. Left out: `received` for a new application; an existing one keeps the status Samtale gave it (e.g. invited to interview).',
      }),
    ),
    submittedAt: Type.Optional(Type.String({ format: 'date-time', description: 'When the candidate applied; now when left out. Only a new application takes it.' })),
  },
  { additionalProperties: false },
);

const ExternalReference = Type.Object({ id: Id, externalId: Type.Union([ExternalId, Type.Null()], { description: 'Null for a record made in Samtale.' }) });

export const IntegrationApplicationSchema = Type.Object({
  id: Id,
  externalId: Type.Union([ExternalId, Type.Null()]),
  status: ApplicationStatusSchema,
  submittedAt: Instant,
  updatedAt: Instant,
  project: ExternalReference,
  candidate: ExternalReference,
});
