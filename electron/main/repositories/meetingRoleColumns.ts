/*
 * A meeting's three role holders (Ketua, Sekretaris, Pencatat) are two columns each in
 * `meetings`: the person and the acting prefix. The meeting page and the documents read them
 * alike.
 */
const ROLES = ['chair', 'secretary', 'notulis'] as const;
type Role = (typeof ROLES)[number];

export type RoleColumns = { [R in Role as `${R}_person_id`]: string | null } & { [R in Role as `${R}_acting`]: string };

/** "m.chair_person_id, m.chair_acting, …" for a SELECT list. */
export function roleColumns(alias?: string): string {
  const prefix = alias === undefined ? '' : `${alias}.`;
  return ROLES.map((role) => `${prefix}${role}_person_id, ${prefix}${role}_acting`).join(', ');
}
