import { Suspense, useEffect, useRef } from 'react';
import { Route, Routes, useLocation, useNavigate } from 'react-router-dom';
import { setUnauthenticatedHandler } from './apollo';
import { AppLayout, PublicLayout } from './layout/AppLayout';
import { RequireAuth } from './RequireAuth';
import { Loading } from './page';
import { lazyWithTexts } from './lazyWithTexts';

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
        if (PUBLIC_PREFIXES.some((p) => pathname.startsWith(p))) return;
        navigate(SIGN_IN_PATH, { replace: true, state: { from: here.current } });
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
          <Route
            path={SIGN_IN_PATH}
            element={
              <Lazy>
                <SignInPage />
              </Lazy>
            }
          />
          <Route
            path="/invitasjon/:token"
            element={
              <Lazy>
                <AcceptInvitationPage />
              </Lazy>
            }
          />
          {/* Public lessons: stable URLs anyone may read, no sign-in (the API writes their <head>). */}
          <Route
            path="/offentlig/laerdommer"
            element={
              <Lazy>
                <PublicLessonsPage />
              </Lazy>
            }
          />
          <Route
            path="/offentlig/laerdommer/:id"
            element={
              <Lazy>
                <PublicLessonPage />
              </Lazy>
            }
          />
          <Route
            path={ACCESSIBILITY_PATH}
            element={
              <Lazy>
                <AccessibilityPage />
              </Lazy>
            }
          />
        </Route>
        <Route
          element={
            <RequireAuth>
              <AppLayout />
            </RequireAuth>
          }
        >
          <Route
            index
            element={
              <Lazy>
                <HomePage />
              </Lazy>
            }
          />
          <Route
            path="/varsler"
            element={
              <Lazy>
                <NotificationsPage />
              </Lazy>
            }
          />
          <Route
            path="/profil"
            element={
              <Lazy>
                <ProfilePage />
              </Lazy>
            }
          />
          <Route
            path="/admin"
            element={
              <Lazy>
                <AdminPage />
              </Lazy>
            }
          />
          <Route
            path="/ideer"
            element={
              <Lazy>
                <IdeasPage />
              </Lazy>
            }
          />
          <Route
            path="/ideer/ny"
            element={
              <Lazy>
                <IdeaFormPage />
              </Lazy>
            }
          />
          <Route
            path="/ideer/vurdering"
            element={
              <Lazy>
                <ReviewQueuePage />
              </Lazy>
            }
          />
          <Route
            path="/ideer/:id"
            element={
              <Lazy>
                <IdeaPage />
              </Lazy>
            }
          />
          <Route
            path="/ideer/:id/rediger"
            element={
              <Lazy>
                <IdeaFormPage />
              </Lazy>
            }
          />
          <Route
            path="/forsok"
            element={
              <Lazy>
                <ExperimentsPage />
              </Lazy>
            }
          />
          <Route
            path="/forsok/:id"
            element={
              <Lazy>
                <ExperimentPage />
              </Lazy>
            }
          />
          <Route
            path="/forsok/:id/laerdom"
            element={
              <Lazy>
                <LessonFormPage />
              </Lazy>
            }
          />
          <Route
            path="/laerdommer"
            element={
              <Lazy>
                <LessonsPage />
              </Lazy>
            }
          />
          <Route
            path="/laerdommer/:id"
            element={
              <Lazy>
                <LessonPage
                  spread={({ lesson }) => (
                    <Suspense fallback={null}>
                      <LessonSpread lessonId={lesson.id} />
                    </Suspense>
                  )}
                />
              </Lazy>
            }
          />
          <Route
            path="/nettverk"
            element={
              <Lazy>
                <NetworksPage />
              </Lazy>
            }
          />
          <Route
            path="/nettverk/:id"
            element={
              <Lazy>
                <NetworkPage />
              </Lazy>
            }
          />
          <Route
            path="/sok"
            element={
              <Lazy>
                <SearchPage />
              </Lazy>
            }
          />
          <Route
            path="/utfordringer"
            element={
              <Lazy>
                <ChallengesPage />
              </Lazy>
            }
          />
          <Route
            path="/utfordringer/:id"
            element={
              <Lazy>
                <ChallengePage />
              </Lazy>
            }
          />
          <Route
            path="*"
            element={
              <Lazy>
                <NotFoundPage />
              </Lazy>
            }
          />
        </Route>
      </Routes>
    </>
  );
}
