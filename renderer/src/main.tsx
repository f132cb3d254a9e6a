import { createRoot } from 'react-dom/client';
import { App } from './App.js';
import { hostBridge } from './bridge.js';
import './styles.css';

createRoot(document.getElementById('root')!).render(<App bridge={hostBridge()} />);
