import { createBrowserRouter, Navigate } from 'react-router';
import { AdministrationLayout } from './AdministrationLayout';
import { Frame } from './Frame';
import { NotFoundPage } from './NotFoundPage';
import { RequireSession } from './RequireSession';
import { Root } from './Root';

/**
 * The app's addresses. Each screen is its own chunk, loaded when first visited, so the first load stays small;
 * the state that matters (tab, filters, search, sort, page) is in the address, so a link shows the same thing.
 */
export const router = createBrowserRouter([
  {
    element: <Root />,
    children: [
      { path: '/login', lazy: () => import('../features/sign-in/SignInPage').then((m) => ({ Component: m.SignInPage })) },
      { path: '/setup', lazy: () => import('../features/setup/SetupPage').then((m) => ({ Component: m.SetupPage })) },
      // The links in invitation and password-reset emails, and asking for one: before sign-in, outside the frame.
      { path: '/choose-password', lazy: () => import('../features/password/ChoosePasswordPage').then((m) => ({ Component: m.ChoosePasswordPage })) },
      { path: '/forgot-password', lazy: () => import('../features/password/ForgotPasswordPage').then((m) => ({ Component: m.ForgotPasswordPage })) },
      {
        element: (
          <RequireSession>
            <Frame />
          </RequireSession>
        ),
        children: [
          { index: true, element: <Navigate to="/projects" replace /> },
          {
            path: 'projects',
            lazy: () => import('../features/recruitment-overview/RecruitmentOverviewPage').then((m) => ({ Component: m.RecruitmentOverviewPage })),
          },
          {
            path: 'projects/:projectId',
            lazy: () => import('../features/application-handling/ApplicationHandlingPage').then((m) => ({ Component: m.ApplicationHandlingPage })),
            children: [
              { index: true, lazy: () => import('../features/application-handling/OverviewSection').then((m) => ({ Component: m.OverviewSection })) },
              {
                path: 'applications',
                lazy: () => import('../features/application-handling/AllApplications').then((m) => ({ Component: m.AllApplications })),
              },
            ],
          },
          {
            path: 'projects/:projectId/invite-to-interview',
            lazy: () => import('../features/invite-to-interview/InviteToInterviewPage').then((m) => ({ Component: m.InviteToInterviewPage })),
          },
          {
            path: 'projects/:projectId/booking-offers/:offerId',
            lazy: () => import('../features/booking-offers/BookingOfferPage').then((m) => ({ Component: m.BookingOfferPage })),
          },
          {
            path: 'applications/:applicationId',
            lazy: () => import('../features/application-and-cv/ApplicationAndCvPage').then((m) => ({ Component: m.ApplicationAndCvPage })),
          },
          {
            path: 'calendar',
            lazy: () => import('../features/recruitment-calendar/RecruitmentCalendarPage').then((m) => ({ Component: m.RecruitmentCalendarPage })),
          },
          { path: 'messages', lazy: () => import('../features/messages/MessagesPage').then((m) => ({ Component: m.MessagesPage })) },
          {
            element: <AdministrationLayout />,
            children: [
              {
                path: 'settings',
                lazy: () => import('../features/organisation-settings/OrganisationSettingsPage').then((m) => ({ Component: m.OrganisationSettingsPage })),
              },
              { path: 'users', lazy: () => import('../features/users/UsersPage').then((m) => ({ Component: m.UsersPage })) },
              { path: 'templates', lazy: () => import('../features/templates/TemplatesPage').then((m) => ({ Component: m.TemplatesPage })) },
              { path: 'integrations', lazy: () => import('../features/integrations/IntegrationsPage').then((m) => ({ Component: m.IntegrationsPage })) },
            ],
          },
          { path: 'change-password', lazy: () => import('../features/password/ChangePasswordPage').then((m) => ({ Component: m.ChangePasswordPage })) },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
]);
