import { Alert, Anchor, Stack, Table, Text } from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck, IconQuestionMark } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { VerificationResult, VerifiedVersion } from '../../../../shared/domain/approval';
import { meetingPath } from '../../app/routes';
import { useLongDate } from '../../lib/useLongDate';
import { instantClock, instantDay } from './approvalFormat';

/** How each verdict looks: a match is good news read out politely, the others interrupt. */
const VERDICT_LOOK = {
  MATCH: { color: 'green', icon: IconCircleCheck, role: 'status' },
  ALTERED: { color: 'red', icon: IconAlertTriangle, role: 'alert' },
  UNKNOWN: { color: 'orange', icon: IconQuestionMark, role: 'alert' },
} as const;

function VerdictAlert({
  verdict,
  title,
  children,
}: Readonly<{ verdict: keyof typeof VERDICT_LOOK; title: string; children: ReactNode }>) {
  const { color, icon: IconShape, role } = VERDICT_LOOK[verdict];
  return (
    <Alert color={color} icon={<IconShape aria-hidden />} title={title} role={role}>
      {children}
    </Alert>
  );
}

function VersionFacts({
  version,
  extra,
}: Readonly<{ version: VerifiedVersion; extra: ReadonlyArray<[string, string]> }>) {
  const { t, i18n } = useTranslation('approval');
  const longDate = useLongDate();
  const versionText =
    version.version === version.latestVersion
      ? t('verify.versionValue', { version: version.version })
      : t('verify.superseded', { version: version.version, latest: version.latestVersion });
  const rows: ReadonlyArray<[string, string]> = [
    [t('verify.meeting'), version.meetingTitle],
    [t('verify.meetingDate'), longDate(version.meetingDate)],
    [t('verify.version'), versionText],
    [
      t('verify.approvedOn'),
      version.approvedOn ? `${longDate(version.approvedOn)} ${instantClock(version.approvedAt, i18n.language)}` : '',
    ],
    [t('verify.approvedBy'), version.approvedBy],
    [t('verify.codeLabel'), version.verificationCode],
    ...extra,
  ];
  return (
    <Stack gap="xs">
      <Table withTableBorder variant="vertical" layout="fixed">
        <Table.Tbody>
          {rows.map(([label, value]) => (
            <Table.Tr key={label}>
              <Table.Th w={180}>{label}</Table.Th>
              <Table.Td>{value}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Anchor component={Link} to={meetingPath(version.meetingId, 'riwayat')} size="sm">
        {t('verify.open')}
      </Anchor>
    </Stack>
  );
}

/** The verdict in words and an icon (never colour alone), with which meeting, version and date it names. */
export function VerificationResultCard({ result }: Readonly<{ result: VerificationResult }>) {
  const { t, i18n } = useTranslation(['approval', 'documents']);
  const longDate = useLongDate();
  if (result.verdict === 'MATCH' && result.by === 'text') {
    const document = t(`documents:kinds.${result.kind}`);
    return (
      <VerdictAlert verdict="MATCH" title={t('verify.match.textTitle')}>
        <Text size="sm" mb="xs">
          {t('verify.match.textNote', { document })}
        </Text>
        <VersionFacts version={result.version} extra={[[t('verify.document'), `${document} (PDF)`]]} />
      </VerdictAlert>
    );
  }
  if (result.verdict === 'MATCH') {
    const file = result.file;
    const extra: Array<[string, string]> = file
      ? [
          [
            t('verify.document'),
            `${t(`documents:kinds.${file.kind}`)} (${file.format.toUpperCase()}) — ${file.fileName}`,
          ],
          [
            t('verify.exportedAt'),
            `${longDate(instantDay(file.exportedAt))} ${instantClock(file.exportedAt, i18n.language)}`,
          ],
        ]
      : [];
    return (
      <VerdictAlert
        verdict="MATCH"
        title={t(result.by === 'file' ? 'verify.match.fileTitle' : 'verify.match.codeTitle')}
      >
        {result.by === 'code' && (
          <Text size="sm" mb="xs">
            {t('verify.match.codeNote')}
          </Text>
        )}
        <VersionFacts version={result.version} extra={extra} />
      </VerdictAlert>
    );
  }
  if (result.verdict === 'ALTERED') {
    return (
      <VerdictAlert verdict="ALTERED" title={t('verify.altered.title')}>
        <Text size="sm" mb="xs">
          {t(result.reason ? 'verify.altered.pdfBody' : 'verify.altered.body')}
        </Text>
        {result.reason && (
          <Text size="sm" mb="xs" fw={500}>
            {result.reason}
          </Text>
        )}
        <VersionFacts version={result.version} extra={[]} />
      </VerdictAlert>
    );
  }
  return (
    <VerdictAlert
      verdict="UNKNOWN"
      title={t(result.by === 'file' ? 'verify.unknown.fileTitle' : 'verify.unknown.codeTitle')}
    >
      <Text size="sm">
        {result.reason ?? t(result.by === 'file' ? 'verify.unknown.fileBody' : 'verify.unknown.codeBody')}
      </Text>
    </VerdictAlert>
  );
}
