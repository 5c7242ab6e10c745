import type { AgendaItemId, MeetingId, PersonId, TemplateId } from './ids';

/** One numbered item of the Acara, in meeting order (position 1, 2, 3…). */
export type AgendaItem = Readonly<{
  id: AgendaItemId;
  meetingId: MeetingId;
  position: number;
  title: string;
  /** A person from the master data, or null when only `presenterText` names who presents. */
  presenterPersonId: PersonId | null;
  /** The presenter as printed: the person's name, or free text such as "Kepala OPD". */
  presenter: string;
  presenterText: string;
  plannedMinutes: number | null;
  createdAt: number;
  updatedAt: number;
}>;

export type AgendaItemFields = Readonly<{
  title: string;
  presenterText: string;
  presenterPersonId: PersonId | null;
  plannedMinutes: number | null;
}>;

export type TemplateItem = Readonly<{ title: string; presenterText: string; plannedMinutes: number | null }>;

/** A reusable agenda ("Rakor Kepala OPD"); `builtIn` marks the one the app ships. */
export type AgendaTemplate = Readonly<{
  id: TemplateId;
  name: string;
  builtIn: boolean;
  items: ReadonlyArray<TemplateItem>;
  createdAt: number;
  updatedAt: number;
}>;

/** Sum of the planned minutes, ignoring items without a plan. */
export function plannedTotal(items: ReadonlyArray<{ plannedMinutes: number | null }>): number {
  return items.reduce((sum, item) => sum + (item.plannedMinutes ?? 0), 0);
}
