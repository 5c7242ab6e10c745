// The public face of this feature: other features import only what is listed here (eslint local/feature-boundaries).
export { ArchiveCard } from './ArchiveCard';
export { BackupTable } from './BackupTable';
export { RestoreBackupModal } from './RestoreBackupModal';
export { useBackupWhen } from './useBackupWhen';
export { useBackups } from './useBackups';
