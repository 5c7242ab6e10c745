import { Button, FileButton, Group, Image, Input, Stack, Text } from '@mantine/core';
import { IconPhoto, IconTrash, IconUpload } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LOGO_MAX_BYTES, logoProblem } from '../../../../shared/domain/logo';
import { DropZone } from '../../components/kit/DropZone';

type Props = Readonly<{
  value: string | null;
  onChange: (dataUrl: string | null) => void;
  /** 'logo': the lambang daerah of every kop; 'garuda': the Kepala Daerah's kop (a letter the Bupati signs). */
  emblem?: 'logo' | 'garuda';
}>;

const ACCEPTED = ['image/png', 'image/jpeg'];

function readAsDataUrl(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error ?? new Error('read failed'));
    reader.readAsDataURL(file);
  });
}

/**
 * The emblem by drag and drop or the file button. Checked here for a quick answer
 * (type, size, real PNG/JPEG bytes) and again in main when the profile is saved.
 */
export function LogoDropZone({ value, onChange, emblem = 'logo' }: Props) {
  const { t } = useTranslation('settings');
  const [error, setError] = useState<string | null>(null);

  const take = async (file: File | null) => {
    if (!file) return;
    setError(null);
    if (!ACCEPTED.includes(file.type)) return setError(t('instansi.logoWrongType'));
    if (file.size > LOGO_MAX_BYTES) {
      return setError(
        t('instansi.logoTooBig', { size: (file.size / 1048576).toLocaleString('id-ID', { maximumFractionDigits: 1 }) }),
      );
    }
    const dataUrl = await readAsDataUrl(file);
    const problem = logoProblem(dataUrl);
    if (problem) return setError(problem);
    onChange(dataUrl);
  };

  return (
    <Stack gap={4}>
      <Input.Label id={`${emblem}-label`}>{t(`instansi.${emblem}`)}</Input.Label>
      <DropZone p="sm" aria-labelledby={`${emblem}-label`} onFile={(file) => void take(file)}>
        <Group wrap="nowrap" gap="md">
          {value ? (
            <Image src={value} alt={t(`instansi.${emblem}Alt`)} w={56} h={64} fit="contain" />
          ) : (
            <IconPhoto size={40} stroke={1.2} aria-hidden />
          )}
          <Stack gap={6} style={{ flex: 1 }}>
            <Text size="xs" c="dimmed">
              {t(`instansi.${emblem}Help`)}
            </Text>
            <Group gap="xs">
              <FileButton onChange={(file) => void take(file)} accept="image/png,image/jpeg">
                {(props) => (
                  <Button {...props} size="xs" variant="default" leftSection={<IconUpload size={14} aria-hidden />}>
                    {value ? t('instansi.logoReplace') : t('instansi.logoChoose')}
                  </Button>
                )}
              </FileButton>
              {value && (
                <Button
                  size="xs"
                  variant="subtle"
                  color="red"
                  leftSection={<IconTrash size={14} aria-hidden />}
                  onClick={() => onChange(null)}
                >
                  {t(`instansi.${emblem}Remove`)}
                </Button>
              )}
            </Group>
          </Stack>
        </Group>
      </DropZone>
      {error && (
        <Text size="xs" c="red.8" role="alert">
          {error}
        </Text>
      )}
    </Stack>
  );
}
