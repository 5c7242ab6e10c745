import { Alert, Button, Group, Loader, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { IconFileSearch, IconShieldCheck } from '@tabler/icons-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { VerificationResult } from '../../../../shared/domain/approval';
import type { StagedFile } from '../../../../shared/domain/files';
import type { IpcResult } from '../../../../shared/ipc/result';
import { useAppCommand } from '../../app/appCommands';
import { chooseFile, uploadFile } from '../../lib/files';
import { FilePickZone } from '../../components/kit/FilePickZone';
import { SectionCard } from '../../components/kit/SectionCard';
import { useAppStore } from '../../store';
import { VerificationResultCard } from './VerificationResultCard';

const ACCEPT = '.docx,.pdf,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document';

type Check =
  | Readonly<{ kind: 'idle' }>
  | Readonly<{ kind: 'working' }>
  | Readonly<{ kind: 'error'; message: string }>
  | Readonly<{ kind: 'done'; result: VerificationResult; name: string }>;

/** /verifikasi — drop a DOCX or PDF, or type the footer's code; the verdict says which meeting, version and date. */
export function VerifyPage() {
  const { t } = useTranslation('approval');
  const verifyFile = useAppStore((s) => s.verifyFile);
  const verifyCode = useAppStore((s) => s.verifyCode);
  const [check, setCheck] = useState<Check>({ kind: 'idle' });
  const [code, setCode] = useState('');

  const checkStaged = async (staged: IpcResult<StagedFile | null>) => {
    if (!staged.ok) return setCheck({ kind: 'error', message: staged.error.message });
    if (staged.value === null) return setCheck({ kind: 'idle' });
    const name = staged.value.name;
    const result = await verifyFile(staged.value.fileId);
    setCheck(
      result.ok ? { kind: 'done', result: result.value, name } : { kind: 'error', message: result.error.message },
    );
  };

  // Desktop: a DOCX or PDF opened with Risalah ("Buka dengan") arrives staged, by id.
  useAppCommand('open-file:verify', (file) => {
    setCheck({ kind: 'working' });
    void checkStaged({ ok: true, value: { fileId: file.fileId, name: file.name, size: 0 } });
  });

  const drop = (file: File) => {
    setCheck({ kind: 'working' });
    void uploadFile('verify', file).then(checkStaged);
  };

  const pick = () => {
    setCheck({ kind: 'working' });
    void chooseFile('verify', ACCEPT).then(checkStaged);
  };

  const submitCode = async (event: FormEvent) => {
    event.preventDefault();
    if (code.trim() === '') return;
    setCheck({ kind: 'working' });
    const result = await verifyCode(code);
    setCheck(
      result.ok
        ? { kind: 'done', result: result.value, name: code.trim() }
        : { kind: 'error', message: result.error.message },
    );
  };

  return (
    <Stack gap="md" maw={1040}>
      <Group gap="xs">
        <IconShieldCheck size={28} aria-hidden stroke={1.6} />
        <Title order={2}>{t('verify.title')}</Title>
      </Group>
      <Text>{t('verify.intro')}</Text>
      <Text size="sm" c="dimmed">
        {t('verify.disclaimer')}
      </Text>
      <SimpleGrid cols={2} spacing="md">
        <SectionCard id="verify-file-title" title={t('verify.fileTitle')}>
          <Stack gap="sm" mt="sm">
            <FilePickZone
              label={t('verify.dropZone')}
              icon={IconFileSearch}
              prompt={t('verify.drop')}
              chooseLabel={t('verify.choose')}
              limits={t('verify.limits')}
              onPick={pick}
              onFile={drop}
            />
          </Stack>
        </SectionCard>
        <SectionCard id="verify-code-title" title={t('verify.codeTitle')}>
          <form onSubmit={(event) => void submitCode(event)} noValidate>
            <Stack gap="sm" mt="sm">
              <TextInput
                label={t('verify.code')}
                description={t('verify.codeHelp')}
                placeholder={t('verify.codePlaceholder')}
                value={code}
                onChange={(event) => setCode(event.currentTarget.value)}
                autoComplete="off"
                styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
              />
              <Group justify="flex-end">
                <Button type="submit" variant="default" disabled={code.trim() === ''}>
                  {t('verify.check')}
                </Button>
              </Group>
            </Stack>
          </form>
        </SectionCard>
      </SimpleGrid>
      <section aria-label={t('verify.resultTitle')} aria-live="polite">
        {check.kind === 'working' && (
          <Group gap="xs">
            <Loader size="sm" aria-hidden />
            <Text size="sm">{t('verify.working')}</Text>
          </Group>
        )}
        {check.kind === 'error' && (
          <Alert color="red" role="alert">
            {check.message}
          </Alert>
        )}
        {check.kind === 'done' && (
          <Stack gap="xs">
            <Text size="sm" c="dimmed">
              {check.name}
            </Text>
            <VerificationResultCard result={check.result} />
          </Stack>
        )}
      </section>
    </Stack>
  );
}
