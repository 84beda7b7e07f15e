// First: zod must be jitless before any schema runs (the CSP forbids its `new Function` probe).
import '../shared/zod-jitless';
import { contextBridge, ipcRenderer } from 'electron';
import { createBridge } from './bridge';

// Sandboxed preloads can only require 'electron': esbuild bundles this file with the contract (and zod).
contextBridge.exposeInMainWorld(
  'cocreate',
  createBridge((channel, ...args) => ipcRenderer.invoke(channel, ...args), {
    on: (channel, listener) => void ipcRenderer.on(channel, listener),
    off: (channel, listener) => void ipcRenderer.removeListener(channel, listener),
  }),
);
