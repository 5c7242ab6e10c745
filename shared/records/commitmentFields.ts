import type { AgendaItemId } from '../domain/ids';
import { calendarDate, optionalText } from '../ipc/meetingSchemaParts';
import { entityId, requiredText } from '../ipc/schemaHelpers';
import type { FieldRegistry } from './fieldRegistry';

/**
 * The stored fields of a butir Tindak Lanjut (table `commitments`). Its owners live in
 * commitment_owners and are not listed here. Add a field here first (CONTRIBUTING.md,
 * "Adding a field to an existing record").
 */
export const COMMITMENT_FIELDS = {
  text: { schema: requiredText('Uraian tindak lanjut', 5000), history: 'text' },
  agendaItemId: { schema: entityId<AgendaItemId>('acara').nullable() },
  /** 'YYYY-MM-DD' or null when no Batas Waktu was given. */
  dueDate: { schema: calendarDate('Batas waktu').nullable(), history: 'date' },
  programTag: { schema: optionalText('Tag program', 100), history: 'text' },
  /** Sumber dana: free text ('' when not said; suggestions in domain/captures.ts), printed in the Matriks' Keterangan. */
  fundingSource: { schema: optionalText('Sumber dana', 100), history: 'text', printed: true },
} as const satisfies FieldRegistry;
