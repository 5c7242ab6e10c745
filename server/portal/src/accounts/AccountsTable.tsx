import { Badge, Button, Group, Menu, Paper, Table, Text, VisuallyHidden } from '@mantine/core';
import type { AccountRow, UnitChoice } from '../api';
import { ROLE_COLORS, ROLE_LABELS } from './accountLabels';

type Props = {
  accounts: AccountRow[];
  units: UnitChoice[];
  selfId: string;
  onEdit: (row: AccountRow) => void;
  onPassword: (row: AccountRow) => void;
  onToggle: (row: AccountRow) => void;
};

/** One row per account; the actions sit in a menu so the table stays readable on a laptop. */
export function AccountsTable({ accounts, units, selfId, onEdit, onPassword, onToggle }: Props) {
  const unitName = (id: string | null) =>
    id === null ? '-' : (units.find((unit) => unit.id === id)?.name ?? 'OPD tidak aktif');
  return (
    <Paper withBorder radius="md">
      <Table.ScrollContainer minWidth={720}>
        <Table verticalSpacing="sm" highlightOnHover aria-label="Daftar akun" styles={{ th: { whiteSpace: 'nowrap' } }}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Nama pengguna</Table.Th>
              <Table.Th>Nama tampilan</Table.Th>
              <Table.Th>Peran</Table.Th>
              <Table.Th>OPD</Table.Th>
              <Table.Th>Status</Table.Th>
              <Table.Th>
                <VisuallyHidden>Tindakan</VisuallyHidden>
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {accounts.map((row) => (
              <Table.Tr key={row.id} aria-label={row.username} c={row.disabled ? 'dimmed' : undefined}>
                <Table.Td ff="monospace">{row.username}</Table.Td>
                <Table.Td>
                  {row.display_name}
                  {row.id === selfId && (
                    <Text span c="dimmed" size="sm">
                      {' '}
                      (Anda)
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>
                  <Badge variant="light" color={ROLE_COLORS[row.role]}>
                    {ROLE_LABELS[row.role]}
                  </Badge>
                </Table.Td>
                <Table.Td>{unitName(row.unit_id)}</Table.Td>
                <Table.Td>
                  <Badge variant={row.disabled ? 'outline' : 'light'} color={row.disabled ? 'gray' : 'green'}>
                    {row.disabled ? 'Nonaktif' : 'Aktif'}
                  </Badge>
                </Table.Td>
                <Table.Td>
                  <Group justify="flex-end">
                    <Menu position="bottom-end" withinPortal>
                      <Menu.Target>
                        <Button variant="subtle" size="xs" aria-label={`Kelola ${row.username}`}>
                          Kelola
                        </Button>
                      </Menu.Target>
                      <Menu.Dropdown>
                        <Menu.Item onClick={() => onEdit(row)}>Ubah akun</Menu.Item>
                        <Menu.Item onClick={() => onPassword(row)}>Atur ulang kata sandi</Menu.Item>
                        <Menu.Divider />
                        <Menu.Item color={row.disabled ? undefined : 'red'} onClick={() => onToggle(row)}>
                          {row.disabled ? 'Aktifkan' : 'Nonaktifkan'}
                        </Menu.Item>
                      </Menu.Dropdown>
                    </Menu>
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Paper>
  );
}
