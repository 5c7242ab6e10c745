import { Alert, Anchor, Stack, Table, Text } from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck, IconQuestionMark } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { VerificationResult, VerifiedVersion } from '../../../../shared/domain/approval';
import { meetingPath } from '../../app/routes';
import { useLongDate } from '../../lib/useLongDate';
import { instantClock, instantDay } from './approvalFormat';

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
      <Alert color="green" icon={<IconCircleCheck aria-hidden />} title={t('verify.match.textTitle')} role="status">
        <Text size="sm" mb="xs">
          {t('verify.match.textNote', { document })}
        </Text>
        <VersionFacts version={result.version} extra={[[t('verify.document'), `${document} (PDF)`]]} />
      </Alert>
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
      <Alert
        color="green"
        icon={<IconCircleCheck aria-hidden />}
        title={t(result.by === 'file' ? 'verify.match.fileTitle' : 'verify.match.codeTitle')}
        role="status"
      >
        {result.by === 'code' && (
          <Text size="sm" mb="xs">
            {t('verify.match.codeNote')}
          </Text>
        )}
        <VersionFacts version={result.version} extra={extra} />
      </Alert>
    );
  }
  if (result.verdict === 'ALTERED') {
    return (
      <Alert color="red" icon={<IconAlertTriangle aria-hidden />} title={t('verify.altered.title')} role="alert">
        <Text size="sm" mb="xs">
          {t(result.reason ? 'verify.altered.pdfBody' : 'verify.altered.body')}
        </Text>
        {result.reason && (
          <Text size="sm" mb="xs" fw={500}>
            {result.reason}
          </Text>
        )}
        <VersionFacts version={result.version} extra={[]} />
      </Alert>
    );
  }
  return (
    <Alert
      color="orange"
      icon={<IconQuestionMark aria-hidden />}
      title={t(result.by === 'file' ? 'verify.unknown.fileTitle' : 'verify.unknown.codeTitle')}
      role="alert"
    >
      <Text size="sm">
        {result.reason ?? t(result.by === 'file' ? 'verify.unknown.fileBody' : 'verify.unknown.codeBody')}
      </Text>
    </Alert>
  );
}
