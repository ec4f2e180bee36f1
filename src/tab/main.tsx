import { createRoot } from 'react-dom/client';
import { App } from './App';
import { connectToHost } from './teams';

void connectToHost().then((host) => createRoot(document.getElementById('root')!).render(<App host={host} />));
