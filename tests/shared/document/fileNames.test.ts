import { describe, expect, it } from 'vitest';
import { documentFileName, exportFileName, finalFileName, sanitizeFileStem } from '../../../shared/document/fileNames';
import { itAnswersEach } from '../../support/examples';

describe('document/fileNames', () => {
  it('names each document after the meeting and its ISO date', () => {
    expect(documentFileName('NOTULA', 'Rakor Kepala OPD', '2026-11-27')).toBe(
      'Notula Rakor Kepala OPD 2026-11-27.docx',
    );
    expect(documentFileName('DAFTAR_HADIR', 'Rakor Kepala OPD', '2026-11-27')).toBe(
      'Daftar Hadir Rakor Kepala OPD 2026-11-27.docx',
    );
    expect(documentFileName('MATRIKS_TINDAK_LANJUT', 'Rakor Kepala OPD', '2026-11-27', 'pdf')).toBe(
      'Matriks Tindak Lanjut Rakor Kepala OPD 2026-11-27.pdf',
    );
    // A title that already carries the date does not get it twice.
    expect(documentFileName('NOTULA', 'Rakor 2026-11-27', '2026-11-27')).toBe('Notula Rakor 2026-11-27.docx');
  });

  it('names a bundle of several documents as one ZIP', () => {
    expect(exportFileName(['NOTULA', 'DAFTAR_HADIR'], 'Rakor Kepala OPD', '2026-11-27')).toBe(
      'Dokumen Rakor Kepala OPD 2026-11-27.zip',
    );
    expect(exportFileName(['MATRIKS_TINDAK_LANJUT'], 'Rakor Kepala OPD', '2026-11-27')).toBe(
      'Matriks Tindak Lanjut Rakor Kepala OPD 2026-11-27.docx',
    );
  });

  itAnswersEach('sanitises %j to %j', sanitizeFileStem, [
    ['Notula: Rakor 27/11?', 'Notula- Rakor 27-11'],
    ['a<b>c|d*e"f\\g', 'a-b-c-d-e-f-g'],
    ['  Notula\tRakor\u0007  ', 'Notula Rakor'],
    ['...rahasia. ', 'rahasia'],
    ['CON', 'CON-'],
    ['lpt1', 'lpt1-'],
    ["Rapat Bupati & Wakil Bupati (Ma'ruf) 🙂", "Rapat Bupati & Wakil Bupati (Ma'ruf) 🙂"],
  ]);

  it('keeps names to 150 characters before the extension', () => {
    expect(sanitizeFileStem('x'.repeat(400))).toHaveLength(150);
  });

  it('gives a typed name its extension once and falls back when nothing usable was typed', () => {
    expect(finalFileName('Notula final', 'docx', 'Notula.docx')).toBe('Notula final.docx');
    expect(finalFileName('Notula final.DOCX', 'docx', 'Notula.docx')).toBe('Notula final.docx');
    expect(finalFileName('', 'zip', 'Dokumen Rakor 2026-11-27.zip')).toBe('Dokumen Rakor 2026-11-27.zip');
    expect(finalFileName('???', 'pdf', 'Notula Rakor 2026-11-27.pdf')).toBe('Notula Rakor 2026-11-27.pdf');
  });
});
