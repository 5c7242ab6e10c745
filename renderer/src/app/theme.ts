import { createTheme, type MantineColorsTuple } from '@mantine/core';

// A deep government blue as the one primary colour (ux-brief: calm and official).
const pemda: MantineColorsTuple = [
  '#e9f0fb',
  '#cfdcf1',
  '#9db6e4',
  '#688ed7',
  '#3f6ccb',
  '#2657c5',
  '#174cc3',
  '#0a3dac',
  '#00359a',
  '#002d88',
];

export const theme = createTheme({
  primaryColor: 'pemda',
  primaryShade: 8,
  colors: { pemda },
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif',
  defaultRadius: 'sm',
  focusRing: 'always',
});
