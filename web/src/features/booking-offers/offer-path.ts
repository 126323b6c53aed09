/** Where an offer's page is: under its project, as the app's addresses go from the Recruitment overview down. */
export const offerPath = (projectId: string, offerId: string) => `/projects/${projectId}/booking-offers/${offerId}`;
