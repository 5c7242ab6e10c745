import { Kbd, Modal, Table } from '@mantine/core';
import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';

/** The shortcuts of the live screen; the same list the handlers in useLiveShortcuts obey. */
export const LIVE_SHORTCUTS = [
  { keys: ['Ctrl', 'Enter'], item: 'newParagraph' },
  { keys: ['Alt', 'S'], item: 'speaker' },
  { keys: ['Alt', 'K'], item: 'decision' },
  { keys: ['Alt', 'T'], item: 'commitment' },
  { keys: ['Alt', '↓'], item: 'nextItem' },
  { keys: ['Alt', '↑'], item: 'previousItem' },
  { keys: ['Ctrl', 'Shift', 'H'], item: 'attendance' },
  { keys: ['Ctrl', 'Shift', 'F'], item: 'focus' },
  { keys: ['Esc'], item: 'leaveFocus' },
  { keys: ['Ctrl', '/'], item: 'sheet' },
  { keys: ['Ctrl', 'K'], item: 'palette' },
  { keys: ['Ctrl', 'B'], item: 'bold' },
  { keys: ['Ctrl', 'I'], item: 'italic' },
  { keys: ['Tab'], item: 'indent' },
  { keys: ['Ctrl', 'Z'], item: 'undo' },
] as const;

export function ShortcutSheet({ opened, onClose }: Readonly<{ opened: boolean; onClose: () => void }>) {
  const { t } = useTranslation('live');
  return (
    <Modal opened={opened} onClose={onClose} title={t('cheatSheet.title')} size="lg">
      <Table striped withTableBorder aria-label={t('cheatSheet.title')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('cheatSheet.keys')}</Table.Th>
            <Table.Th scope="col">{t('cheatSheet.action')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {LIVE_SHORTCUTS.map(({ keys, item }) => (
            <Table.Tr key={item}>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                {keys.map((key, index) => (
                  <Fragment key={key}>
                    {index > 0 && ' + '}
                    <Kbd>{key}</Kbd>
                  </Fragment>
                ))}
              </Table.Td>
              <Table.Td>{t(`cheatSheet.items.${item}`)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Modal>
  );
}
