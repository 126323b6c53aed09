import type { paths } from './schema';

/** The JSON a successful GET of `Path` answers with, straight from the generated OpenAPI types. */
export type Answer<Path extends keyof paths, Method extends 'get' | 'post' | 'patch' = 'get'> = paths[Path][Method] extends {
  responses: { 200: { content: { 'application/json': infer Body } } };
}
  ? Body
  : never;

export type Me = Answer<'/api/me'>;
export type Organisation = Me['organisation'];
export type ProjectOverview = Answer<'/api/projects'>['items'][number];
export type ApplicationList = Answer<'/api/projects/{projectId}/applications'>;
export type ApplicationListItem = ApplicationList['items'][number];
export type ApplicationStatus = ApplicationListItem['status'];
export type ApplicationAndCv = Answer<'/api/applications/{applicationId}'>;

/** The JSON body `Method` on `Path` takes, straight from the generated OpenAPI types. */
export type Body<Path extends keyof paths, Method extends 'post' | 'patch' | 'put'> = NonNullable<paths[Path][Method] extends { requestBody?: infer Request } ? Request : never> extends {
  content: { 'application/json': infer Json };
}
  ? Json
  : never;

export type InterviewChange = Body<'/api/interviews/{interviewId}', 'patch'>;
