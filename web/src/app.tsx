/** The app: one saved interview and one saved profile shared by every page, and the page the URL hash names. */
import { Layout } from './components/Layout.js';
import { MyNav } from './components/my/MyNav.js';
import { NotSaved } from './components/my/NotSaved.js';
import { InterviewScreen } from './screens/InterviewScreen.js';
import { OpenScreen } from './screens/my/OpenScreen.js';
import { ReportScreen } from './screens/ReportScreen.js';
import { ResultScreen } from './screens/ResultScreen.js';
import { StartScreen } from './screens/StartScreen.js';
import { SupplementsScreen } from './screens/SupplementsScreen.js';
import { t } from './i18n/index.js';
import { useProfile, type ProfileState } from './state/profile.js';
import { useEffect, useState } from 'preact/hooks';
import { useInterview } from './state/use-interview.js';
import { useRoute, type Route } from './state/use-route.js';
import type { SavedProfileRoute } from './state/saved-profile-routes.js';
import type { Interview } from './state/use-interview.js';


function myTitle(route: SavedProfileRoute): string {
  const titles: Record<SavedProfileRoute, string> = {
    diary: t.diary.title,
    'walk-test': t.walkTest.title,
    shoes: t.shoes.title,
    progress: t.progress.title,
    history: t.history.title,
    share: t.share.title,
    checkin: t.checkin.title,
  };
  return titles[route];
}


type MyScreens = typeof import('./screens/my/index.js');

/** The saved-profile screens, fetched once on first use: a person who never saves never loads them. */
function useMyScreens(): MyScreens | null {
  const [screens, setScreens] = useState<MyScreens | null>(null);
  useEffect(() => {
    void import('./screens/my/index.js').then(setScreens);
  }, []);
  return screens;
}

function MyPage({ route, profile, interview }: { readonly route: SavedProfileRoute; readonly profile: ProfileState; readonly interview: Interview }) {
  const saved = profile.profile;
  const screens = useMyScreens();
  if (saved === null) {
    return <NotSaved title={myTitle(route)} erased={profile.erased} />;
  }
  if (screens === null) {
    return (
      // The same heading and tabs as the screen to come (and .my-page's height), so nothing shifts when it arrives.
      <section class="page my-page">
        <h1 tabIndex={-1}>{myTitle(route)}</h1>
        <MyNav current={route} />
        <p>{t.my.loading}</p>
      </section>
    );
  }
  const { CheckinScreen, DiaryScreen, HistoryScreen, ProgressScreen, ShareScreen, ShoesScreen, WalkTestScreen } = screens;
  switch (route) {
    case 'diary':
      return <DiaryScreen profile={saved} />;
    case 'walk-test':
      return <WalkTestScreen profile={saved} />;
    case 'shoes':
      return <ShoesScreen profile={saved} />;
    case 'progress':
      return <ProgressScreen profile={saved} />;
    case 'history':
      return <HistoryScreen profile={saved} onRetake={interview.reset} />;
    case 'share':
      return <ShareScreen profile={saved} state={profile} />;
    case 'checkin':
      return <CheckinScreen profile={saved} />;
  }
}

function Page({ route, interview, profile }: { readonly route: Route; readonly interview: Interview; readonly profile: ProfileState }) {
  switch (route) {
    case 'start':
      return <StartScreen interview={interview} />;
    case 'questions':
      return <InterviewScreen interview={interview} />;
    case 'result':
      return <ResultScreen interview={interview} profile={profile} />;
    case 'supplements':
      return <SupplementsScreen hasResult={interview.state.history.length > 0} />;
    case 'report':
      return <ReportScreen interview={interview} />;
    case 'open':
      return <OpenScreen profile={profile} />;
    case 'diary':
    case 'walk-test':
    case 'shoes':
    case 'progress':
    case 'history':
    case 'share':
    case 'checkin':
      return <MyPage route={route} profile={profile} interview={interview} />;
  }
}

export function App() {
  const route = useRoute();
  const interview = useInterview();
  const profile = useProfile(interview.reset);
  return (
    <Layout route={route} saved={profile.profile !== null} profileId={profile.profile?.id ?? null}>
      <Page route={route} interview={interview} profile={profile} />
    </Layout>
  );
}
