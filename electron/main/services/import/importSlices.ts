import type { Db } from '../../db/connection';
import type { PersonId, UnitId } from '../../../../shared/domain/ids';
import type { UnitFields } from '../../../../shared/domain/masterData';
import { AppError } from '../../../../shared/ipc/result';
import type { ImportedPerson } from '../../repositories/masterImportRepository';
import { stagePerson, stageUnit } from '../../repositories/masterImportStaging';
import type { WriteContext } from '../../repositories/writeContext';

/** Long enough to write a few hundred rows, short enough that a save waiting behind it stays far under 50 ms. */
export const SLICE_MS = 8;

export const IMPORT_STOPPED = 'Impor dihentikan sebelum selesai; tidak ada data yang disimpan. Jalankan impor lagi.';

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * Writes the checked rows hidden (masterImportStaging.ts), one short transaction per slice,
 * and lets the event loop answer her requests between slices. Stops with a refusal when the
 * connection was closed meanwhile (shutdown, a restore swapped the file): the hidden rows are
 * then discarded by the caller or by the next import.
 */
export async function stageInSlices(
  db: Db,
  units: ReadonlyArray<UnitFields>,
  people: ReadonlyArray<ImportedPerson>,
  ctx: WriteContext,
  sliceMs = SLICE_MS,
): Promise<{ unitIds: ReadonlyArray<UnitId>; personIds: ReadonlyArray<PersonId> }> {
  const unitIds: UnitId[] = [];
  const personIds: PersonId[] = [];
  const total = units.length + people.length;
  let next = 0;
  const writeOne = (index: number) => {
    if (index < units.length) {
      unitIds.push(stageUnit(db, units[index] as UnitFields, ctx));
      return;
    }
    const { unit, ...person } = people[index - units.length] as ImportedPerson;
    const unitId = unit === null ? null : 'existing' in unit ? unit.existing : (unitIds[unit.fileIndex] ?? null);
    personIds.push(stagePerson(db, { ...person, unitId }, ctx));
  };
  while (next < total) {
    if (!db.open) throw new AppError('CONFLICT', IMPORT_STOPPED);
    db.transaction(() => {
      const until = performance.now() + sliceMs;
      do {
        writeOne(next);
        next += 1;
      } while (next < total && (next % 16 !== 0 || performance.now() < until));
    })();
    await nextTurn();
  }
  return { unitIds, personIds };
}
