import type { CSSVariablesResolver } from '@mantine/core';

/*
 * WCAG AA contrast (4.5:1 for normal text), found by axe-core in tests/e2e/accessibility.test.ts.
 * Mantine's defaults fall short for the two things this app shows most: "dimmed" secondary
 * text (gray.6 #868e96 on white is 3.3:1) and the text of light badges/alerts (yellow.9 on its
 * own tint is 2.7:1, green.9 3.8:1). Darker values, each measured at >= 5:1 on its background.
 */
const LIGHT_TEXT: Readonly<Record<string, string>> = {
  red: '#bd2727',
  orange: '#b23b0c',
  yellow: '#a15300',
  green: '#247434',
  teal: '#077252',
  cyan: '#0b6d80',
  lime: '#48730a',
};

export const contrastVariables: CSSVariablesResolver = () => ({
  variables: {},
  light: {
    // gray.7 (#495057): 8.2:1 on white, 7.7:1 on the striped-row gray.
    '--mantine-color-dimmed': 'var(--mantine-color-gray-7)',
    ...Object.fromEntries(
      Object.entries(LIGHT_TEXT).map(([color, value]) => [`--mantine-color-${color}-light-color`, value]),
    ),
  },
  dark: {},
});
