import '@mantine/core/styles.css';
import { MantineProvider } from '@mantine/core';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { contrastVariables } from '../../../renderer/src/app/contrast';
import { theme } from '../../../renderer/src/app/theme';
import { PortalApp } from './PortalApp';

const root = document.getElementById('root');
if (!root) throw new Error('#root missing from index.html');

createRoot(root).render(
  <StrictMode>
    <MantineProvider theme={theme} cssVariablesResolver={contrastVariables}>
      <PortalApp />
    </MantineProvider>
  </StrictMode>,
);
