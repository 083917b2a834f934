// The dashboard's browser entry point: htmx plus the project's own behaviour modules.
import htmx from 'htmx.org';
import { startCountdowns } from './countdown.js';

window.htmx = htmx;
startCountdowns();
