/** @jsxImportSource preact */
// First: zod must be jitless before any schema runs (the relay's CSP forbids its `new Function` probe).
import '../../shared/zod-jitless';
import './join.css';
import { render } from 'preact';
import { createJoinApi } from './api';
import type { KeyValueStore } from './outbox';
import { PhoneApp } from './PhoneApp';

/** localStorage, or a memory stand-in where the browser refuses it (some private modes): the app still works while open. */
function phoneStorage(): KeyValueStore {
  try {
    const probe = '__cocreate_probe__';
    localStorage.setItem(probe, '1');
    localStorage.removeItem(probe);
    return localStorage;
  } catch {
    const memory = new Map<string, string>();
    return { getItem: (k) => memory.get(k) ?? null, setItem: (k, v) => void memory.set(k, v), removeItem: (k) => void memory.delete(k) };
  }
}

render(<PhoneApp api={createJoinApi()} storage={phoneStorage()} pathname={location.pathname} />, document.getElementById('root')!);
// Lets end-to-end tests wait for a ready app instead of sleeping.
document.documentElement.dataset.ready = 'true';
