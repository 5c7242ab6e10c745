import type { TemplateKind, TemplateMapping } from './templateVocabulary';

/** A `[[...]]` the kind does not know, where it stands, and the name she probably meant. */
export type UnknownPlaceholder = Readonly<{ name: string; suggestion: string | null; where: ReadonlyArray<string> }>;

/** A `${...}` of another program: SRIKANDI's pass untouched; others she maps or leaves as text. */
export type DollarPlaceholder = Readonly<{
  name: string;
  reserved: boolean;
  suggestion: string | null;
  where: ReadonlyArray<string>;
}>;

/** What the check found in a template. */
export type TemplateReport = Readonly<{
  bracketCount: number;
  unknown: ReadonlyArray<UnknownPlaceholder>;
  dollars: ReadonlyArray<DollarPlaceholder>;
  logo: boolean;
}>;

/** One stored office template, as the settings screen lists it (never its bytes). */
export type TemplateSummary = Readonly<{
  id: string;
  kind: TemplateKind;
  name: string;
  size: number;
  uploadedAt: number;
  /** The office template is used for this kind; otherwise the built-in document. */
  active: boolean;
  mapping: TemplateMapping;
  report: TemplateReport;
}>;
