import type { PersonId, UnitId } from '../../../../shared/domain/ids';
import type { Person, Unit } from '../../../../shared/domain/masterData';

export function unit(partial: Partial<Unit>): Unit {
  return {
    id: '11111111-1111-4111-8111-111111111111' as UnitId,
    code: 'DINKES',
    name: 'Dinas Kesehatan',
    shortName: 'Dinkes',
    kind: 'dinas',
    active: true,
    createdAt: 1,
    updatedAt: 1,
    ...partial,
  };
}

export function person(partial: Partial<Person>): Person {
  return {
    id: '22222222-2222-4222-8222-222222222222' as PersonId,
    name: 'Sri Wijaya, M.Si.',
    nip: '197806182000042012',
    rankCode: 'IV/e',
    position: 'Sekretaris Daerah',
    unitId: '11111111-1111-4111-8111-111111111111' as UnitId,
    unitName: 'Sekretariat Daerah',
    phone: '',
    email: '',
    isPolitical: false,
    active: true,
    createdAt: 1,
    updatedAt: 1,
    ...partial,
  };
}

export const ok = <T>(value: T) => ({ ok: true as const, value });
