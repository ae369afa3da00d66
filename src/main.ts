import { mount } from 'svelte';
import App from './App.svelte';
import { registerServiceWorker } from './lib/offline/register';
import './app.css';

const app = mount(App, { target: document.getElementById('app')! });

// Offline after the first visit; only built apps have the sw.js to register (see vite.config.ts).
if (import.meta.env.PROD) registerServiceWorker();

export default app;
