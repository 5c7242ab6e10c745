import { AppShell, Group, NavLink, Text, Title } from '@mantine/core';
import {
  IconChecklist,
  IconDatabase,
  IconHome,
  IconSearch,
  IconSettings,
  IconUsersGroup,
  IconShieldCheck,
} from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { NavLink as RouterLink, Outlet, useLocation } from 'react-router-dom';
import { ROUTES } from './routes';
import { useDesktopEvents } from './useDesktopEvents';
import { RecoveryGate } from '../features/recovery/RecoveryGate';
import { useSearchShortcut } from '../features/search/useSearchShortcut';
import { ReminderBell } from '../features/followUp/ReminderBell';
import { SyncIndicator } from '../features/sync';

const SECTIONS = [
  { to: ROUTES.home, key: 'home', icon: IconHome },
  { to: ROUTES.meetings, key: 'meetings', icon: IconUsersGroup },
  { to: ROUTES.followUp, key: 'followUp', icon: IconChecklist },
  { to: ROUTES.masterData, key: 'masterData', icon: IconDatabase },
  { to: ROUTES.search, key: 'search', icon: IconSearch },
  { to: ROUTES.verify, key: 'verify', icon: IconShieldCheck },
  { to: ROUTES.settings, key: 'settings', icon: IconSettings },
] as const;

export function AppFrame() {
  const { t } = useTranslation();
  const location = useLocation();
  useDesktopEvents();
  useSearchShortcut();
  return (
    <AppShell header={{ height: 52 }} navbar={{ width: 220, breakpoint: 0 }} padding="lg">
      <AppShell.Header>
        <Group h="100%" px="md" gap="xs">
          <Title order={1} size="h4" c="pemda.8">
            {t('appName')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('tagline')}
          </Text>
          <Group ml="auto">
            <SyncIndicator />
            <ReminderBell />
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs" component="nav" aria-label={t('nav.main')}>
        {SECTIONS.map(({ to, key, icon: Icon }) => {
          const active = to === ROUTES.home ? location.pathname === '/' : location.pathname.startsWith(to);
          return (
            <NavLink
              key={key}
              component={RouterLink}
              to={to}
              label={t(`nav.${key}`)}
              leftSection={<Icon size={18} stroke={1.6} aria-hidden />}
              active={active}
              aria-current={active ? 'page' : undefined}
            />
          );
        })}
      </AppShell.Navbar>
      <AppShell.Main>
        <RecoveryGate>
          <Outlet />
        </RecoveryGate>
      </AppShell.Main>
    </AppShell>
  );
}
