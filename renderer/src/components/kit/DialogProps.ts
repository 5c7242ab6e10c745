/**
 * What a screen hands each of its dialogs: whether it is open, and how it closes. A dialog built on
 * FormModal, ExportFormModal or Modal forwards them as they are (`{...dialog}`).
 */
export type DialogProps = Readonly<{ opened: boolean; onClose: () => void }>;
