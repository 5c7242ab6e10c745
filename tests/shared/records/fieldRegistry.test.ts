import { describe, expect, it } from 'vitest';
import { approvalHistoryEn, approvalHistoryId } from '../../../renderer/src/i18n/messages/approvalHistory';
import { COMMITMENT_FIELDS } from '../../../shared/records/commitmentFields';
import { columnOf, historyFields, keyOf, printedKeys } from '../../../shared/records/fieldRegistry';
import { MEETING_FIELDS } from '../../../shared/records/meetingFields';

/*
 * The registries feed the Riwayat tab: a field listed there with no label would show its raw
 * name to the secretary. Adding a field with `history` takes its label in both languages.
 */
describe('records/field registries', () => {
  it('has a Riwayat label, Indonesian and English, for every field whose changes are listed', () => {
    const listed = [...historyFields(MEETING_FIELDS), ...historyFields(COMMITMENT_FIELDS)].map(([name]) => name);
    expect(listed).toContain('invitationNumber');
    expect(listed).toContain('fundingSource');
    const id: Readonly<Record<string, string>> = approvalHistoryId.history.fields;
    const en: Readonly<Record<string, string>> = approvalHistoryEn.history.fields;
    expect(listed.filter((name) => !id[name] || !en[name])).toEqual([]);
  });

  it('turns a field name into its column and back by one rule', () => {
    for (const key of [...Object.keys(MEETING_FIELDS), ...Object.keys(COMMITMENT_FIELDS)]) {
      expect(columnOf(key)).toMatch(/^[a-z]+(_[a-z]+)*$/);
      expect(keyOf(columnOf(key))).toBe(key);
    }
    expect(columnOf('fundingSource')).toBe('funding_source');
  });

  it('prints a commitment field as stored only when it says so', () => {
    expect(printedKeys(COMMITMENT_FIELDS)).toEqual(['fundingSource']);
    expect(printedKeys(MEETING_FIELDS)).toEqual([]);
  });
});
