import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { authToken } from './api/authToken';
import './styles.css';

// Before anything renders or fetches: take the token out of the address bar.
authToken.captureFromUrl();

const root = document.getElementById('root');
if (root === null) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
