/* global document */
import './style.css';
import { words } from './words.js';
document.body.textContent = words.join(' ');
