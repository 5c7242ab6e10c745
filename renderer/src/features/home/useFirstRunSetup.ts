import { useCallback, useEffect, useState } from 'react';
import type { TemplateId } from '../../../../shared/domain/ids';
import { loadStorageScope } from '../../lib/storageScope';
import { useAppStore } from '../../store';
import { checklistChoice, checklistVisible, setChecklistChoice, type ChecklistChoice } from './checklistState';

/**
 * Whether Beranda shows the first-run checklist: the facts are read anew on every visit (she
 * comes back from an import or the kop form), the dismissal is read once its data folder is known.
 */
export function useFirstRunSetup() {
  const status = useAppStore((s) => s.setupStatus);
  const loadSetupStatus = useAppStore((s) => s.loadSetupStatus);
  const templates = useAppStore((s) => s.templates);
  const loadTemplates = useAppStore((s) => s.loadTemplates);
  const [choice, setChoice] = useState<ChecklistChoice | null>(null);

  useEffect(() => {
    void loadSetupStatus();
    let live = true;
    void loadStorageScope().then(() => {
      if (live) setChoice(checklistChoice());
    });
    return () => {
      live = false;
    };
  }, [loadSetupStatus]);

  const show = status !== null && choice !== null && checklistVisible(status, choice);
  const needsTemplate = show && status.meetings === 0;
  useEffect(() => {
    if (needsTemplate) void loadTemplates();
  }, [needsTemplate, loadTemplates]);

  const dismiss = useCallback(() => {
    setChecklistChoice('hidden');
    setChoice('hidden');
  }, []);

  const templateId: TemplateId | null = templates.find((template) => template.builtIn)?.id ?? null;
  return { status, show, dismiss, templateId };
}
