/** The app: one saved interview and one saved profile shared by every page, and the page the URL hash names. */
import { Layout } from './components/Layout.js';
import { NotSaved } from './components/my/NotSaved.js';
import { InterviewScreen } from './screens/InterviewScreen.js';
import { DiaryScreen } from './screens/my/DiaryScreen.js';
import { HistoryScreen } from './screens/my/HistoryScreen.js';
import { OpenScreen } from './screens/my/OpenScreen.js';
import { ProgressScreen } from './screens/my/ProgressScreen.js';
import { ShareScreen } from './screens/my/ShareScreen.js';
import { ShoesScreen } from './screens/my/ShoesScreen.js';
import { WalkTestScreen } from './screens/my/WalkTestScreen.js';
import { ReportScreen } from './screens/ReportScreen.js';
import { ResultScreen } from './screens/ResultScreen.js';
import { StartScreen } from './screens/StartScreen.js';
import { SupplementsScreen } from './screens/SupplementsScreen.js';
import { t } from './i18n/index.js';
import { useProfile, type ProfileState } from './state/profile.js';
import { useInterview } from './state/use-interview.js';
import { useRoute, type Route } from './state/use-route.js';
import type { Interview } from './state/use-interview.js';

type MyRoute = 'diary' | 'walk-test' | 'shoes' | 'progress' | 'history' | 'share';

function myTitle(route: MyRoute): string {
  const titles: Record<MyRoute, string> = {
    diary: t.diary.title,
    'walk-test': t.walkTest.title,
    shoes: t.shoes.title,
    progress: t.progress.title,
    history: t.history.title,
    share: t.share.title,
  };
  return titles[route];
}


function MyPage({ route, profile, interview }: { readonly route: MyRoute; readonly profile: ProfileState; readonly interview: Interview }) {
  const saved = profile.profile;
  if (saved === null) {
    return <NotSaved title={myTitle(route)} erased={profile.erased} />;
  }
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
