import { Button, Group, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SectionCard } from '../../components/kit/SectionCard';
import { MAX_USER_NAME_CHARS, type UserNameSetting } from '../../../../shared/domain/userName';
import { useAppStore } from '../../store';

/** "Nama pengguna": who Riwayat and the audit log name for her changes (the OS user until she saves one). */
export function UserNameCard() {
  const { t } = useTranslation('settings');
  const [setting, setSetting] = useState<UserNameSetting | null>(null);
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const readUserName = useAppStore((s) => s.readUserName);
  const saveUserName = useAppStore((s) => s.saveUserName);

  useEffect(() => {
    let live = true;
    void readUserName({}).then((result) => {
      if (!live) return;
      if (result.ok) {
        setSetting(result.value);
        setName(result.value.saved);
      } else setError(result.error.message);
    });
    return () => {
      live = false;
    };
  }, [readUserName]);

  const save = async () => {
    setSaving(true);
    const result = await saveUserName({ name });
    setSaving(false);
    if (!result.ok) {
      setError(result.error.message);
      return;
    }
    setError(null);
    setSetting(result.value);
    setName(result.value.saved);
    notifications.show({ color: 'green', message: t('userName.saved') });
  };

  return (
    <SectionCard id="settings-user-name" title={t('userName.title')} help={t('userName.help')}>
      <Group align="flex-end" gap="sm">
        <TextInput
          label={t('userName.label')}
          value={name}
          maxLength={MAX_USER_NAME_CHARS}
          placeholder={setting?.saved === '' ? setting.actor : undefined}
          onChange={(event) => setName(event.currentTarget.value)}
          error={error}
          w={320}
        />
        <Button
          onClick={() => void save()}
          loading={saving}
          disabled={setting === null || name.trim() === setting.saved}
        >
          {t('userName.save')}
        </Button>
      </Group>
      {setting && (
        <Text size="sm" mt="xs" data-testid="user-name-actor">
          {t('userName.current', { actor: setting.actor })}
        </Text>
      )}
    </SectionCard>
  );
}
