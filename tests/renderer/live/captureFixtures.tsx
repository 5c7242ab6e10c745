import type { ComponentProps } from 'react';
import type { AgendaItemId, MeetingId, UnitId } from '../../../shared/domain/ids';
import type { Unit } from '../../../shared/domain/masterData';
import { CommitmentModal } from '../../../renderer/src/features/live/CommitmentModal';
import { DecisionModal } from '../../../renderer/src/features/live/DecisionModal';
import { renderWithProviders } from '../support/renderApp';
import { MEETING_ID, decision, ok, unit } from '../support/records';

export const DINKES = '33333333-3333-4333-8333-333333333331' as UnitId;
export const BAPPERIDA = '33333333-3333-4333-8333-333333333332' as UnitId;

/** An OPD as the owner picker lists it (no code: the picker shows the name and short name). */
export const ownerUnit = (id: UnitId, name: string, shortName: string): Unit =>
  unit({ id, code: null, name, shortName });

/** What the commitment dialog's OPD picker loads: no groups, these OPD. */
export function ownerPickerChannels(units: ReadonlyArray<Unit>) {
  return {
    'unitgroups:list': () => ok([]),
    'units:list': () => ok(units),
  };
}

/** Main's answer to decisions:create: the decision as typed. */
export function decisionCreated(input: unknown) {
  const { meetingId, text, agendaItemId } = input as {
    meetingId: MeetingId;
    text: string;
    agendaItemId: AgendaItemId | null;
  };
  return ok(decision({ meetingId, text, agendaItemId }));
}

export type CommitmentModalProps = ComponentProps<typeof CommitmentModal>;

/** The commitment dialog of a meeting held on 27 November 2026 with no invited OPD, unless a test says otherwise. */
export function renderCommitmentModal(
  props: Pick<CommitmentModalProps, 'draft' | 'onClose'> & Partial<CommitmentModalProps>,
) {
  return renderWithProviders(
    <CommitmentModal meetingId={MEETING_ID} meetingDate="2026-11-27" agenda={[]} invitedUnitIds={[]} {...props} />,
  );
}

type DecisionModalProps = ComponentProps<typeof DecisionModal>;

/** The decision dialog of the builders' meeting, with no agenda unless a test gives one. */
export function renderDecisionModal(
  props: Pick<DecisionModalProps, 'draft' | 'onClose'> & Partial<DecisionModalProps>,
) {
  return renderWithProviders(<DecisionModal meetingId={MEETING_ID} agenda={[]} {...props} />);
}
