import { Box, Group, Image, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { InstansiProfile } from '../../../../shared/domain/instansi';
import { letterheadBlock } from '../../../../shared/document/letterhead';
import type { ParagraphRole } from '../../../../shared/document/model';

/** Point sizes of the printed kop (docxTheme), so the preview keeps the 3:4 ratio of pemda to perangkat daerah. */
const ROLE_PT: Partial<Record<ParagraphRole, number>> = { kopGovernment: 13.5, kopUnit: 18, kopContact: 10 };
/** The preview is about 70 % of the printed width of the text (16.5 cm on F4). */
const SCALE = 0.7;
const PX_PER_PT = 96 / 72;

/**
 * The kop as the documents will print it: the same letterhead block the Notula
 * builder uses, drawn in HTML. It follows every keystroke of the form.
 */
export function KopPreview({ profile }: Readonly<{ profile: InstansiProfile }>) {
  const { t } = useTranslation('settings');
  const block = letterheadBlock(profile);
  return (
    <Box
      role="img"
      aria-label={t('instansi.previewLabel')}
      bg="white"
      p="md"
      style={{
        border: '1px solid var(--mantine-color-gray-4)',
        boxShadow: 'var(--mantine-shadow-xs)',
        fontFamily: `"${profile.fontFamily}", Arial, sans-serif`,
        color: '#000',
      }}
    >
      <Group wrap="nowrap" gap="sm" align="center">
        {block.logo ? (
          <Image src={block.logo.dataUrl} alt="" w={64} h={72} fit="contain" style={{ flexShrink: 0 }} />
        ) : (
          <Box w={0} />
        )}
        <Box style={{ flex: 1, textAlign: 'center', paddingRight: block.logo ? 32 : 0 }}>
          {block.lines.map((line, index) => (
            <Text
              key={index}
              component="div"
              fw={line.inlines.some((inline) => inline.kind === 'text' && inline.bold) ? 700 : 400}
              style={{
                fontSize: (ROLE_PT[line.role] ?? 12) * SCALE * PX_PER_PT,
                lineHeight: 1.2,
                fontFamily: 'inherit',
              }}
            >
              {line.inlines.map((inline) => (inline.kind === 'text' ? inline.text : ' ')).join('')}
            </Text>
          ))}
        </Box>
      </Group>
      {/* The thin-and-thick double rule under the kop. */}
      <Box mt={6} style={{ borderTop: '1px solid #000' }} />
      <Box mt={2} style={{ borderTop: '3px solid #000' }} />
      <Text ta="center" fw={700} mt="sm" style={{ fontSize: 12 * SCALE * PX_PER_PT, fontFamily: 'inherit' }}>
        {profile.titleLabel}
      </Text>
    </Box>
  );
}
