import type { Shape } from '../types';

/*
 * Data Master → Kelompok OPD, part of the `masterData` namespace (spread into
 * messages/masterData.ts): kept apart so each file reads in one sitting.
 */
export const unitGroupsId = {
  groups: {
    help: 'Simpan kelompok OPD yang sering dipanggil bersama (mis. "Tim Percepatan Penurunan Stunting"). Kelompok dapat dipilih sekaligus sebagai penanggung jawab tindak lanjut atau sebagai undangan rapat; tiap OPD tetap punya status sendiri.',
    add: 'Kelompok baru',
    emptyTitle: 'Belum ada kelompok OPD',
    emptyBody: 'Buat kelompok untuk OPD yang sering ditugasi bersama.',
    loadError: 'Kelompok OPD tidak dapat dimuat',
    tableLabel: 'Daftar kelompok OPD',
    count: '{{count}} kelompok',
    columns: { name: 'Nama kelompok', members: 'Anggota' },
    members: '{{count}} OPD',
    membersMore: '{{names}}, dan {{count}} lainnya',
    edit: 'Ubah',
    deleted: 'Kelompok "{{name}}" dihapus.',
    saved: 'Kelompok "{{name}}" disimpan ({{count}} OPD).',
    createTitle: 'Kelompok OPD baru',
    editTitle: 'Ubah kelompok OPD',
    fields: {
      name: 'Nama kelompok',
      namePlaceholder: 'mis. Tim Percepatan Penurunan Stunting',
      units: 'OPD anggota',
      unitsHelp: 'Urutan pilihan Anda dipakai saat kelompok dipilih.',
      unitsPlaceholder: 'Ketik nama OPD',
    },
  },
};

export const unitGroupsEn: Shape<typeof unitGroupsId> = {
  groups: {
    help: 'Save groups of agencies that are often called together (e.g. "Stunting Reduction Team"). A group can be picked at once as the owners of a follow-up item or as a meeting’s invitees; each agency still has its own status.',
    add: 'New group',
    emptyTitle: 'No agency groups yet',
    emptyBody: 'Create a group for agencies that are often assigned together.',
    loadError: 'The agency groups could not be loaded',
    tableLabel: 'Agency groups',
    count: '{{count}} groups',
    columns: { name: 'Group name', members: 'Members' },
    members: '{{count}} agencies',
    membersMore: '{{names}}, and {{count}} more',
    edit: 'Edit',
    deleted: 'Group "{{name}}" deleted.',
    saved: 'Group "{{name}}" saved ({{count}} agencies).',
    createTitle: 'New agency group',
    editTitle: 'Edit agency group',
    fields: {
      name: 'Group name',
      namePlaceholder: 'e.g. Stunting Reduction Team',
      units: 'Member agencies',
      unitsHelp: 'The order you pick them in is kept when the group is used.',
      unitsPlaceholder: 'Type an agency name',
    },
  },
};
