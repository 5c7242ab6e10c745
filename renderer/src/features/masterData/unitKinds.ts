import { useTranslation } from 'react-i18next';
import { UNIT_KINDS } from '../../../../shared/domain/masterData';

type Kind = (typeof UNIT_KINDS)[number];
const isKnownKind = (kind: string): kind is Kind => (UNIT_KINDS as ReadonlyArray<string>).includes(kind);

/** The words for a unit kind; a kind brought by an import is shown as written. */
export function useKindLabel(): (kind: string) => string {
  const { t } = useTranslation('masterData');
  return (kind) => (isKnownKind(kind) ? t(`kinds.${kind}`) : kind.replace(/_/g, ' '));
}

export function useKindOptions(current: string): Array<{ value: string; label: string }> {
  const label = useKindLabel();
  const options = UNIT_KINDS.map((kind) => ({ value: kind, label: label(kind) }));
  return current && !isKnownKind(current) ? [{ value: current, label: label(current) }, ...options] : options;
}
