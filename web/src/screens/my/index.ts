/** The screens of a saved profile, one chunk fetched on demand so the first load stays small. */
export { CheckinScreen } from './CheckinScreen.js';
export { DiaryScreen } from './DiaryScreen.js';
export { HistoryScreen } from './HistoryScreen.js';
export { ProgressScreen } from './ProgressScreen.js';
export { ShareScreen } from './ShareScreen.js';
export { ShoesScreen } from './ShoesScreen.js';
export { WalkTestScreen } from './WalkTestScreen.js';
