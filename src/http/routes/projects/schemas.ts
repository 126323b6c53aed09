import { Type } from 'typebox';
import { APPLICATION_SORTS } from '../../../domain/application.js';
import { APPLICATION_STATUSES } from '../../../domain/application-status.js';
import { ApplicationStatusSchema, CandidateSchema, Id, Instant, ProjectSchema } from '../../schemas.js';

const Title = Type.String({ minLength: 1, maxLength: 200, pattern: '\\S', description: 'The position being filled.' });
const Reference = Type.String({ maxLength: 50, description: "The organisation's own reference; may be empty." });
const OwnerId = Type.String({ format: 'uuid', description: 'A user of the organisation: the recruiter responsible (when a project is created without one, the caller).' });

export const NewProjectBody = Type.Object(
  { title: Title, reference: Type.Optional(Reference), ownerId: Type.Optional(OwnerId) },
  { additionalProperties: false },
);

export const ProjectChangesBody = Type.Object(
  { title: Type.Optional(Title), reference: Type.Optional(Reference), ownerId: Type.Optional(OwnerId) },
  { additionalProperties: false, minProperties: 1 },
);

export const MAX_PAGE_SIZE = 200;
/** Far past any project's last page; it keeps the row offset a number both databases take. */
export const MAX_PAGE = 1_000_000;

const statusCounts = Object.fromEntries(APPLICATION_STATUSES.map((status) => [status, Type.Integer()]));

export const ProjectOverviewSchema = Type.Object({
  ...ProjectSchema.properties,
  applicationCounts: Type.Object({ ...statusCounts, total: Type.Integer() }),
});

export const ProjectListResponse = Type.Object({ items: Type.Array(ProjectOverviewSchema) });

const SORT_VALUES = APPLICATION_SORTS.flatMap((sort) => [sort, `-${sort}`]);

export const ApplicationListQuery = Type.Object(
  {
    status: Type.Optional(Type.Array(ApplicationStatusSchema, { description: 'Only these statuses; repeat to give several.' })),
    q: Type.Optional(Type.String({ maxLength: 200, description: 'Words to find in name, email or mobile.' })),
    sort: Type.Optional(
      Type.Enum(SORT_VALUES, { default: '-submittedAt', description: 'A field, prefixed with "-" for descending order.' }),
    ),
    page: Type.Optional(Type.Integer({ minimum: 1, maximum: MAX_PAGE, default: 1 })),
    pageSize: Type.Optional(Type.Integer({ minimum: 1, maximum: MAX_PAGE_SIZE, default: 50 })),
  },
  { additionalProperties: false },
);

export const ApplicationListItem = Type.Object({
  id: Id,
  status: ApplicationStatusSchema,
  submittedAt: Instant,
  updatedAt: Instant,
  candidate: CandidateSchema,
});

export const ApplicationListResponse = Type.Object({
  items: Type.Array(ApplicationListItem),
  page: Type.Integer(),
  pageSize: Type.Integer(),
  total: Type.Integer({ description: 'Applications matching the filters, on all pages.' }),
});
