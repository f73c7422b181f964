import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { LocaleProvider } from './i18n';
import { TrpcProvider } from './trpc';
import './styles.css';

// zod compiles fast object parsers with `new Function` unless told not to, and probes for it
// first: under our Content-Security-Policy (no 'unsafe-eval') the probe is a violation. zod
// reads this before any schema is built, and the dashboard need not import zod to set it.
(globalThis as { __zod_globalConfig?: { jitless?: boolean } }).__zod_globalConfig = {
  jitless: true,
};

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

createRoot(root).render(
  <StrictMode>
    <LocaleProvider>
      <TrpcProvider>
        <App />
      </TrpcProvider>
    </LocaleProvider>
  </StrictMode>,
);
