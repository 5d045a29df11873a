import { Suspense, useEffect, useRef, type ComponentType } from 'react';
import { matchRoutes, Route, Routes, useLocation, useNavigate } from 'react-router-dom';
import { setUnauthenticatedHandler } from './apollo';
import { AppLayout, PublicLayout } from './layout/AppLayout';
import { RequireAuth } from './RequireAuth';
import { Loading } from './page';
import { lazyWithTexts, type Preloadable } from './lazyWithTexts';
import { hadSession, type SignInState } from './session/visit';

/** Domain words many pages show (states, results, tags, themes): one chunk per language. */
const WORDS = ['ideaState', 'experimentState', 'result', 'actions', 'tags', 'sdg', 'themes'];

const SignInPage = lazyWithTexts(() => import('../features/auth/components/SignInPage'), ['signIn', 'form']);
const AcceptInvitationPage = lazyWithTexts(
  () => import('../features/auth/components/AcceptInvitationPage'),
  ['invitation', 'form'],
);
const HomePage = lazyWithTexts(
  () => import('../features/home/components/HomePage'),
  [
    'home',
    'organisationKind',
    'roles',
    'notifications',
    'form',
    'portfolio',
    'lesson',
    'review',
    'idea',
    ...WORDS,
  ],
);
const ProfilePage = lazyWithTexts(
  () => import('../features/profile/components/ProfilePage'),
  ['profile', 'form', 'invitation', 'roles'],
);
const AdminPage = lazyWithTexts(
  () => import('../features/admin/components/AdminPage'),
  ['admin', 'form', 'roles', 'organisationKind', 'membershipStatus'],
);
const NetworksPage = lazyWithTexts(
  () => import('../features/networks/components/NetworksPage'),
  ['networks', 'form'],
);
const NetworkPage = lazyWithTexts(
  () => import('../features/networks/components/NetworkPage'),
  [
    'networks',
    'network',
    'membershipStatus',
    'notFound',
    'form',
    'notifications',
    'actions',
    'result',
    'challenges',
  ],
);
const IdeasPage = lazyWithTexts(
  () => import('../features/ideas/components/IdeasPage'),
  ['ideas', 'idea', 'review', 'list', ...WORDS],
);
const IdeaPage = lazyWithTexts(
  () => import('../features/ideas/components/IdeaPage'),
  [
    'ideas',
    'idea',
    'timeline',
    'experiment',
    'ideaForm',
    'notFound',
    'form',
    'notifications',
    'decision',
    'triedBefore',
    'search',
    ...WORDS,
  ],
);
const IdeaFormPage = lazyWithTexts(
  () => import('../features/ideas/components/IdeaFormPage'),
  ['ideaForm', 'idea', 'form', 'actionHelp', 'triedBefore', 'search', ...WORDS],
);
const ReviewQueuePage = lazyWithTexts(
  () => import('../features/ideas/components/ReviewQueuePage'),
  ['review', 'idea'],
);
const ExperimentsPage = lazyWithTexts(
  () => import('../features/experiments/components/ExperimentsPage'),
  ['experiments', 'list', 'ideas', ...WORDS],
);
const ExperimentPage = lazyWithTexts(
  () => import('../features/experiments/components/ExperimentPage'),
  [
    'experiments',
    'experiment',
    'union',
    'timeline',
    'hypothesis',
    'team',
    'measurements',
    'log',
    'workspace',
    'nextStep',
    'card',
    'end',
    'partnerKind',
    'lessonState',
    'notFound',
    'notifications',
    'decision',
    'form',
    'frame',
    'actionHelp',
    'entryKind',
    'prompts',
    'partners',
    ...WORDS,
  ],
);
const LessonsPage = lazyWithTexts(
  () => import('../features/lessons/components/LessonsPage'),
  ['lessons', 'lesson', 'result', 'actions', 'lessonReach', 'lessonState'],
);
const LessonPage = lazyWithTexts(
  () => import('../features/lessons/components/LessonPage'),
  [
    'lessons',
    'lesson',
    'lessonReach',
    'lessonReachWho',
    'lessonForm',
    'card',
    'end',
    'nextStep',
    'partnerKind',
    'notFound',
    'notifications',
    'lessonState',
    'form',
    'decision',
    ...WORDS,
  ],
);
const LessonFormPage = lazyWithTexts(
  () => import('../features/lessons/components/LessonFormPage'),
  ['lessonForm', 'lesson', 'notFound', 'form', 'lessonState', 'result'],
);
const LessonSpread = lazyWithTexts(
  () => import('../features/lessons/spread/components/LessonSpread'),
  ['spread', 'adoptionState', 'result', 'form'],
);
const DASHBOARD = ['dashboard', 'partnerKind', 'list', ...WORDS];
const DashboardPage = lazyWithTexts(
  () => import('../features/dashboard/components/DashboardPage'),
  DASHBOARD,
);
const DashboardReportPage = lazyWithTexts(
  () => import('../features/dashboard/components/ReportPage'),
  DASHBOARD,
);
const BarometerPage = lazyWithTexts(
  () => import('../features/dashboard/components/BarometerPage'),
  DASHBOARD,
);
const SearchPage = lazyWithTexts(
  () => import('../features/search/components/SearchPage'),
  ['search', 'triedBefore', ...WORDS],
);
const ChallengesPage = lazyWithTexts(
  () => import('../features/challenges/components/ChallengesPage'),
  ['challenges', 'form'],
);
const ChallengePage = lazyWithTexts(
  () => import('../features/challenges/components/ChallengePage'),
  ['challenges', 'challenge', 'challengeState', 'notFound', 'notifications', ...WORDS],
);
const NotificationsPage = lazyWithTexts(
  () => import('../features/notifications/components/NotificationsPage'),
  ['notifications', 'lesson'],
);
const NotFoundPage = lazyWithTexts(() => import('../features/home/components/NotFoundPage'), ['notFound']);
const PublicLessonsPage = lazyWithTexts(
  () => import('../features/public/components/PublicLessonsPage'),
  ['public', 'result'],
);
const PublicLessonPage = lazyWithTexts(
  () => import('../features/public/components/PublicLessonPage'),
  ['public', 'card', 'nextStep', 'hypothesis', 'measurements', 'partnerKind', 'notFound', ...WORDS],
);

const AccessibilityPage = lazyWithTexts(
  () => import('../features/accessibility/components/AccessibilityPage'),
  ['accessibility'],
);

export const SIGN_IN_PATH = '/logg-inn';
/** Pages anyone may open, signed in or not. */
export const ACCESSIBILITY_PATH = '/tilgjengelighet';
const PUBLIC_PREFIXES = [SIGN_IN_PATH, '/invitasjon/', '/offentlig/', ACCESSIBILITY_PATH];

type Page = ComponentType & Preloadable;

/** Pages anyone may open (under PublicLayout). */
const PUBLIC_ROUTES: Array<[path: string, page: Page]> = [
  [SIGN_IN_PATH, SignInPage],
  ['/invitasjon/:token', AcceptInvitationPage],
  // Public lessons: stable URLs anyone may read, no sign-in (the API writes their <head>).
  ['/offentlig/laerdommer', PublicLessonsPage],
  ['/offentlig/laerdommer/:id', PublicLessonPage],
  [ACCESSIBILITY_PATH, AccessibilityPage],
];

/** A lesson's page with its spread, which loads on its own. */
function LessonWithSpread() {
  return (
    <LessonPage
      spread={({ lesson }) => (
        <Suspense fallback={null}>
          <LessonSpread lessonId={lesson.id} />
        </Suspense>
      )}
    />
  );
}
const LessonRoute: Page = Object.assign(LessonWithSpread, { preload: LessonPage.preload });

/** Pages for the signed-in (under RequireAuth and AppLayout). */
const APP_ROUTES: Array<[path: string, page: Page]> = [
  ['/', HomePage],
  ['/varsler', NotificationsPage],
  ['/profil', ProfilePage],
  ['/admin', AdminPage],
  ['/ideer', IdeasPage],
  ['/ideer/ny', IdeaFormPage],
  ['/ideer/vurdering', ReviewQueuePage],
  ['/ideer/:id', IdeaPage],
  ['/ideer/:id/rediger', IdeaFormPage],
  ['/forsok', ExperimentsPage],
  ['/forsok/:id', ExperimentPage],
  ['/forsok/:id/laerdom', LessonFormPage],
  ['/laerdommer', LessonsPage],
  ['/laerdommer/:id', LessonRoute],
  ['/portefolje', DashboardPage],
  ['/portefolje/rapport', DashboardReportPage],
  ['/portefolje/barometer', BarometerPage],
  ['/nettverk', NetworksPage],
  ['/nettverk/:id', NetworkPage],
  ['/sok', SearchPage],
  ['/utfordringer', ChallengesPage],
  ['/utfordringer/:id', ChallengePage],
  ['*', NotFoundPage],
];

/**
 * Starts loading the page at `pathname` (its chunk; with `texts`, its texts too) before the
 * app asks for it: the first page of a visit loads beside the session query instead of after it.
 */
export function preloadPage(pathname: string, { texts }: { texts: boolean }): void {
  const routes = [...PUBLIC_ROUTES, ...APP_ROUTES].map(([path, page]) => ({ path, page }));
  const match = matchRoutes(routes, pathname)?.at(-1);
  match?.route.page.preload({ texts });
}

/** Whether the page at `pathname` is open to anyone (no session needed). */
export function isPublicPath(pathname: string): boolean {
  return PUBLIC_PREFIXES.some((p) => pathname.startsWith(p));
}

/** Sends the person to sign in when the API says the session is gone, remembering where they were. */
function UnauthenticatedRedirect() {
  const navigate = useNavigate();
  const location = useLocation();
  const here = useRef(location);
  useEffect(() => {
    here.current = location;
  }, [location]);

  useEffect(
    () =>
      setUnauthenticatedHandler(() => {
        const { pathname } = here.current;
        if (isPublicPath(pathname)) return;
        // Someone on a page of the app was signed in; the API says they no longer are.
        const state: SignInState = { from: here.current, expired: hadSession() };
        navigate(SIGN_IN_PATH, { replace: true, state });
      }),
    [navigate],
  );
  return null;
}

function Lazy({ children }: { children: React.ReactNode }) {
  return <Suspense fallback={<Loading />}>{children}</Suspense>;
}

export function AppRoutes() {
  return (
    <>
      <UnauthenticatedRedirect />
      <Routes>
        <Route element={<PublicLayout />}>
          {PUBLIC_ROUTES.map(([path, Page]) => (
            <Route
              key={path}
              path={path}
              element={
                <Lazy>
                  <Page />
                </Lazy>
              }
            />
          ))}
        </Route>
        <Route
          element={
            <RequireAuth>
              <AppLayout />
            </RequireAuth>
          }
        >
          {APP_ROUTES.map(([path, Page]) => (
            <Route
              key={path}
              path={path}
              element={
                <Lazy>
                  <Page />
                </Lazy>
              }
            />
          ))}
        </Route>
      </Routes>
    </>
  );
}
