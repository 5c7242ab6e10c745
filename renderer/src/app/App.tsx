import { DatesProvider } from '@mantine/dates';
import { useTranslation } from 'react-i18next';
import { HashRouter, Navigate, Route, Routes } from 'react-router-dom';
import { FollowUpPage } from '../features/followUp/FollowUpPage';
import { HomePage } from '../features/home/HomePage';
import { MasterDataPage } from '../features/masterData/MasterDataPage';
import { MeetingsPage } from '../features/meetings/MeetingsPage';
import { MeetingPage } from '../features/meeting/MeetingPage';
import { SettingsPage } from '../features/settings/SettingsPage';
import { SearchPage } from '../features/search/SearchPage';
import { VerifyPage } from '../features/approval/VerifyPage';
import { PrintPage } from '../features/documents/PrintPage';
import { AppFrame } from './AppFrame';
import { CommandPalette } from './CommandPalette';
import { ROUTES } from './routes';

/** Hash routing works the same from file:// (desktop) and http:// (web shell). */
export function App() {
  const { i18n } = useTranslation();
  return (
    <DatesProvider settings={{ locale: i18n.language, firstDayOfWeek: 1 }}>
      <HashRouter>
        <CommandPalette />
        <Routes>
          <Route path={ROUTES.print} element={<PrintPage />} />
          <Route element={<AppFrame />}>
            <Route path={ROUTES.home} element={<HomePage />} />
            <Route path={ROUTES.meetings} element={<MeetingsPage />} />
            <Route path={ROUTES.meeting} element={<MeetingPage />} />
            <Route path={ROUTES.followUp} element={<FollowUpPage />} />
            <Route path={ROUTES.masterData} element={<MasterDataPage />} />
            <Route path={ROUTES.settings} element={<SettingsPage />} />
            <Route path={ROUTES.search} element={<SearchPage />} />
            <Route path={ROUTES.verify} element={<VerifyPage />} />
            <Route path="*" element={<Navigate to={ROUTES.home} replace />} />
          </Route>
        </Routes>
      </HashRouter>
    </DatesProvider>
  );
}
