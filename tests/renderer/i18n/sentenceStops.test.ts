import i18next from 'i18next';
import { describe, expect, it } from 'vitest';

/* The submit dialog said "diajukan kepada Sri Wijaya, M.Si.. Selama …" (issue 19). */
describe('translated sentences that end with a name', () => {
  it('print one full stop after a degree, in both languages', async () => {
    const name = 'Sri Wijaya, M.Si.';
    expect(i18next.t('approval:submitModal.body', { version: 2, name })).toContain('kepada Sri Wijaya, M.Si. Selama');
    await i18next.changeLanguage('en');
    expect(i18next.t('approval:submitModal.body', { version: 2, name })).toContain('to Sri Wijaya, M.Si. While');
    await i18next.changeLanguage('id');
  });

  it('leave a name without a stop and an ellipsis as they are', () => {
    expect(i18next.t('approval:submitModal.body', { version: 1, name: 'Budi' })).toContain('kepada Budi. Selama');
    expect(i18next.t('documents:exportModal.downloaded', { name: 'notula...docx' })).toContain('notula...docx.');
  });
});
