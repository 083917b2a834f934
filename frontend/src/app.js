// The dashboard's browser entry point: htmx plus the project's own behaviour modules. Each module
// registers its behaviour (selector + init) in behaviours.js; htmx:load (the first page load and
// every swap) attaches them inside the new content.
import htmx from 'htmx.org';
// hx-swap="morph": refreshes change only what changed, so the focused element stays (idiomorph)
import 'idiomorph/dist/idiomorph-ext.esm.js';
// live parts pushed over Server-Sent Events (live-stream.js)
import 'htmx-ext-sse';
import { attachWithin } from './behaviours.js';
import './local-time.js';
import { listen as markBackgroundRefreshes } from './live-refresh.js';
import './copy-text.js';
import './time-zone-field.js';
import './list-filter.js';
import './builder-form.js';
import './form-draft.js';
import './shown-when.js';
import { startTicking } from './countdown.js';
import './confirm-action.js';
import './narrow-collapse.js';
import './bucket-table.js';
import './error-summary.js';
import { listen as listenForRefreshFailures } from './live-errors.js';
import { listen as listenForStreams } from './live-stream.js';
import { listen as signInOnce } from './sign-in-once.js';

window.htmx = htmx;
htmx.onLoad(attachWithin);
startTicking();
listenForRefreshFailures();
markBackgroundRefreshes();
listenForStreams();
signInOnce();
