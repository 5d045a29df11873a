import { lazy, Suspense, useEffect, useRef } from 'react';
import { Route, Routes, useLocation, useNavigate } from 'react-router-dom';
import { setUnauthenticatedHandler } from './apollo';
import { AppLayout, PublicLayout } from './layout/AppLayout';
import { RequireAuth } from './RequireAuth';
import { Loading } from './page';

const SignInPage = lazy(() => import('../features/auth/components/SignInPage'));
const AcceptInvitationPage = lazy(() => import('../features/auth/components/AcceptInvitationPage'));
const HomePage = lazy(() => import('../features/home/components/HomePage'));
const ProfilePage = lazy(() => import('../features/profile/components/ProfilePage'));
const AdminPage = lazy(() => import('../features/admin/components/AdminPage'));
const NetworksPage = lazy(() => import('../features/networks/components/NetworksPage'));
const NetworkPage = lazy(() => import('../features/networks/components/NetworkPage'));
const IdeasPage = lazy(() => import('../features/ideas/components/IdeasPage'));
const IdeaPage = lazy(() => import('../features/ideas/components/IdeaPage'));
const IdeaFormPage = lazy(() => import('../features/ideas/components/IdeaFormPage'));
const ReviewQueuePage = lazy(() => import('../features/ideas/components/ReviewQueuePage'));
const ExperimentsPage = lazy(() => import('../features/experiments/components/ExperimentsPage'));
const ExperimentPage = lazy(() => import('../features/experiments/components/ExperimentPage'));
const LessonsPage = lazy(() => import('../features/lessons/components/LessonsPage'));
const LessonPage = lazy(() => import('../features/lessons/components/LessonPage'));
const LessonFormPage = lazy(() => import('../features/lessons/components/LessonFormPage'));
const LessonSpread = lazy(() => import('../features/lessons/spread/components/LessonSpread'));
const DashboardPage = lazy(() => import('../features/dashboard/components/DashboardPage'));
const DashboardReportPage = lazy(() => import('../features/dashboard/components/ReportPage'));
const BarometerPage = lazy(() => import('../features/dashboard/components/BarometerPage'));
const SearchPage = lazy(() => import('../features/search/components/SearchPage'));
const ChallengesPage = lazy(() => import('../features/challenges/components/ChallengesPage'));
const ChallengePage = lazy(() => import('../features/challenges/components/ChallengePage'));
const NotificationsPage = lazy(() => import('../features/notifications/components/NotificationsPage'));
const NotFoundPage = lazy(() => import('../features/home/components/NotFoundPage'));
const PublicLessonsPage = lazy(() => import('../features/public/components/PublicLessonsPage'));
const PublicLessonPage = lazy(() => import('../features/public/components/PublicLessonPage'));

const AccessibilityPage = lazy(() => import('../features/accessibility/components/AccessibilityPage'));

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
            path="/portefolje"
            element={
              <Lazy>
                <DashboardPage />
              </Lazy>
            }
          />
          <Route
            path="/portefolje/rapport"
            element={
              <Lazy>
                <DashboardReportPage />
              </Lazy>
            }
          />
          <Route
            path="/portefolje/barometer"
            element={
              <Lazy>
                <BarometerPage />
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
