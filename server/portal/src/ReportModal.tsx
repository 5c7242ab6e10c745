import { Button, FileInput, Group, Modal, NumberInput, Select, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import type { PortalItem } from '../../../shared/domain/portalItems';
import { api, ApiError } from './api';
import { FormError } from './FormError';
import { localToday, newId, OWNER_STATUS_LABELS, sizeText } from './labels';
import { sha256Hex } from './sha256';

const FILE_LIMIT = 20 * 1024 * 1024;
const ACCEPT = '.pdf,.jpg,.jpeg,.png,.doc,.docx,.xls,.xlsx,.ppt,.pptx,.zip';
const STATUS_OPTIONS = (['PROSES', 'SELESAI', 'TIDAK_DAPAT', 'BELUM'] as const).map((value) => ({
  value,
  label: OWNER_STATUS_LABELS[value],
}));

type Props = { item: PortalItem; onClose: () => void; onSent: () => void };

/** One progress report: the files go first (by their SHA-256), then the report that cites them. */
export function ReportModal({ item, onClose, onSent }: Props) {
  const [reportedOn, setReportedOn] = useState(localToday());
  const [status, setStatus] = useState<string>(item.status === 'BELUM' ? 'PROSES' : item.status);
  const [text, setText] = useState('');
  const [percent, setPercent] = useState<number | string>('');
  const [files, setFiles] = useState<File[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  // One id per report, kept across retries: a resend after a lost answer is the same report.
  const [reportId] = useState(newId);

  const tooLarge = files.find((file) => file.size > FILE_LIMIT);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (tooLarge) return;
    setError(null);
    try {
      const evidence = [];
      for (const [index, file] of files.entries()) {
        setBusy(`Mengunggah bukti ${index + 1} dari ${files.length}…`);
        const sha256 = await sha256Hex(file);
        await api.upload(sha256, file);
        evidence.push({ sha256, name: file.name, size: file.size, mime: file.type || 'application/octet-stream' });
      }
      setBusy('Mengirim laporan…');
      await api.report(item.owner_id, {
        id: reportId,
        reported_on: reportedOn,
        status,
        progress_text: text,
        percent: percent === '' ? null : Number(percent),
        evidence,
      });
      onSent();
    } catch (caught) {
      setError(caught instanceof ApiError ? caught.message : 'Laporan belum terkirim. Coba lagi.');
    } finally {
      setBusy(null);
    }
  };

  return (
    <Modal opened onClose={onClose} title="Laporkan perkembangan" size="lg" closeOnClickOutside={false}>
      <form onSubmit={submit}>
        <Stack gap="sm">
          <Text size="sm" c="dimmed">
            {item.text}
          </Text>
          <FormError title="Laporan belum terkirim" error={error} />
          <Group grow align="flex-start">
            <TextInput
              type="date"
              label="Tanggal laporan"
              required
              max={localToday()}
              value={reportedOn}
              onChange={(event) => setReportedOn(event.currentTarget.value)}
            />
            <Select
              label="Status"
              required
              allowDeselect={false}
              data={STATUS_OPTIONS}
              value={status}
              onChange={(value) => value && setStatus(value)}
            />
            <NumberInput
              label="Persentase"
              suffix="%"
              min={0}
              max={100}
              clampBehavior="strict"
              value={percent}
              onChange={setPercent}
            />
          </Group>
          <Textarea
            label={status === 'TIDAK_DAPAT' ? 'Alasan tidak dapat ditindaklanjuti' : 'Uraian perkembangan'}
            description="Apa yang sudah dikerjakan, hasilnya, dan kendala bila ada."
            required
            autosize
            minRows={4}
            maxLength={5000}
            value={text}
            onChange={(event) => setText(event.currentTarget.value)}
          />
          <FileInput
            label="Bukti (opsional)"
            description="PDF, foto, dokumen Office atau ZIP; paling besar 20 MB per berkas, paling banyak 10 berkas."
            placeholder="Pilih berkas"
            multiple
            clearable
            accept={ACCEPT}
            value={files}
            onChange={(value) => setFiles(value.slice(0, 10))}
            error={tooLarge ? `${tooLarge.name} (${sizeText(tooLarge.size)}) lebih dari 20 MB.` : undefined}
          />
          <Group justify="flex-end" mt="sm">
            <Button variant="default" onClick={onClose} disabled={busy !== null}>
              Batal
            </Button>
            <Button type="submit" loading={busy !== null} disabled={Boolean(tooLarge)}>
              Kirim laporan
            </Button>
          </Group>
          {busy && (
            <Text size="sm" c="dimmed" role="status">
              {busy}
            </Text>
          )}
        </Stack>
      </form>
    </Modal>
  );
}
