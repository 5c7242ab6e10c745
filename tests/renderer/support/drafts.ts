/** The form drafts kept in localStorage now (renderer/src/lib/formDrafts.ts writes them under this prefix). */
export const draftKeys = (): string[] => Object.keys(localStorage).filter((key) => key.startsWith('risalah:draft:'));
