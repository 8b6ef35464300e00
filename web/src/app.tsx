/** The app: one saved interview shared by every page, and the page the URL hash names. */
import { Layout } from './components/Layout.js';
import { InterviewScreen } from './screens/InterviewScreen.js';
import { ReportScreen } from './screens/ReportScreen.js';
import { ResultScreen } from './screens/ResultScreen.js';
import { StartScreen } from './screens/StartScreen.js';
import { SupplementsScreen } from './screens/SupplementsScreen.js';
import { useInterview } from './state/use-interview.js';
import { useRoute, type Route } from './state/use-route.js';
import type { Interview } from './state/use-interview.js';

function Page({ route, interview }: { readonly route: Route; readonly interview: Interview }) {
  switch (route) {
    case 'start':
      return <StartScreen interview={interview} />;
    case 'questions':
      return <InterviewScreen interview={interview} />;
    case 'result':
      return <ResultScreen interview={interview} />;
    case 'supplements':
      return <SupplementsScreen hasResult={interview.state.history.length > 0} />;
    case 'report':
      return <ReportScreen interview={interview} />;
  }
}

export function App() {
  const route = useRoute();
  const interview = useInterview();
  return (
    <Layout route={route}>
      <Page route={route} interview={interview} />
    </Layout>
  );
}
