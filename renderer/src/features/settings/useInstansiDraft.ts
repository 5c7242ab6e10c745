import { notifications } from '@mantine/notifications';
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../../store';

/** The shared draft of the office profile, loaded on first use, with save state for a tab. */
export function useInstansiDraft() {
  const { t } = useTranslation('settings');
  const saved = useAppStore((s) => s.instansi);
  const draft = useAppStore((s) => s.instansiDraft);
  const load = useAppStore((s) => s.instansiLoad);
  const loadInstansi = useAppStore((s) => s.loadInstansi);
  const edit = useAppStore((s) => s.editInstansi);
  const discard = useAppStore((s) => s.discardInstansiDraft);
  const saveInstansi = useAppStore((s) => s.saveInstansi);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    if (load.status === 'idle') void loadInstansi();
  }, [load.status, loadInstansi]);

  const dirty = draft !== null && saved !== null && JSON.stringify(draft) !== JSON.stringify(saved);

  const save = async () => {
    setSaving(true);
    setError(null);
    const result = await saveInstansi();
    setSaving(false);
    if (result && !result.ok) setError(result.error.message);
    else if (result) notifications.show({ color: 'green', message: t('instansi.saved') });
  };

  // The tab's form: Enter or Simpan saves the profile.
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void save();
  };

  return { draft, load, reload: loadInstansi, edit, discard, dirty, save, submit, saving, error };
}
