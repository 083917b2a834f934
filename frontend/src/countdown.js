// The pause-expiry countdown in the browser: ticks every second from the server's instant.
// The arithmetic mirrors io.maciedashboard.web.PauseExpiry: whole seconds rounded up, the same
// severity thresholds and the same text. The server renders the starting text and the expired
// message (data-expired-text), so the page is right without JavaScript.
import { behaviour } from './behaviours.js';

const SECOND = 1000;
const HOUR = 3600 * SECOND;
const DAY = 24 * HOUR;
const WARNING_AT = 7 * DAY;
const CRITICAL_AT = DAY;
export const SEVERITIES = ['neutral', 'warning', 'critical', 'expired'];

/** Whole seconds left (rounded up, never negative) between a now and an expiry, both epoch ms. */
export function remainingSeconds(expiresAtMs, nowMs) {
  return Math.max(0, Math.ceil((expiresAtMs - nowMs) / SECOND));
}

export function severityOf(seconds) {
  if (seconds <= 0) return 'expired';
  if (seconds * SECOND <= CRITICAL_AT) return 'critical';
  if (seconds * SECOND <= WARNING_AT) return 'warning';
  return 'neutral';
}

function unit(count, name) {
  return `${count} ${name}${count === 1 ? '' : 's'}`;
}

/** "2 days 3 hours 4 minutes 5 seconds", leading zero units left out. */
export function remainingText(totalSeconds) {
  const days = Math.floor(totalSeconds / 86400);
  const hours = Math.floor((totalSeconds % 86400) / 3600);
  const minutes = Math.floor((totalSeconds % 3600) / 60);
  const seconds = totalSeconds % 60;
  const parts = [];
  if (days > 0) parts.push(unit(days, 'day'));
  if (parts.length || hours > 0) parts.push(unit(hours, 'hour'));
  if (parts.length || minutes > 0) parts.push(unit(minutes, 'minute'));
  parts.push(unit(seconds, 'second'));
  return parts.join(' ');
}

/** The list's rounded text, as PauseExpiry.roundedText: "26 days", "1 day 5 h", "5 h 12 min", "38 min". */
export function roundedText(totalSeconds) {
  const days = Math.floor(totalSeconds / 86400);
  const hours = Math.floor((totalSeconds % 86400) / 3600);
  const minutes = Math.floor((totalSeconds % 3600) / 60);
  if (days >= 2) return `${days} days`;
  if (days === 1) return `1 day${hours > 0 ? ` ${hours} h` : ''}`;
  if (hours > 0) return `${hours} h${minutes > 0 ? ` ${minutes} min` : ''}`;
  return minutes > 0 ? `${minutes} min` : 'less than a minute';
}

/**
 * How far the server's clock is ahead of the browser's, from the server's "now" rendered into the
 * page and the browser's clock when the page (or fragment) arrived.
 */
export function clockOffset(serverNowMs, browserNowMs) {
  return serverNowMs - browserNowMs;
}

/** What a countdown shows at a browser instant, given the offset measured when it arrived. */
export function countdownState(expiresAtMs, offsetMs, browserNowMs, expiredText, rounded = false) {
  const seconds = remainingSeconds(expiresAtMs, browserNowMs + offsetMs);
  const severity = severityOf(seconds);
  const text = rounded ? roundedText(seconds) : remainingText(seconds);
  return { seconds, severity, text: severity === 'expired' ? expiredText : text };
}

const offsets = new WeakMap();

/** Brings one countdown element up to date; measures its clock offset the first time it is seen. */
export function renderCountdown(element, browserNowMs) {
  if (!offsets.has(element)) {
    offsets.set(element, clockOffset(Number(element.dataset.serverNow), browserNowMs));
  }
  const state = countdownState(Number(element.dataset.expiresAt), offsets.get(element), browserNowMs,
    element.dataset.expiredText, 'countdownRounded' in element.dataset);
  if (element.textContent !== state.text) element.textContent = state.text;
  for (const severity of SEVERITIES) {
    element.classList.toggle(`countdown--${severity}`, severity === state.severity);
  }
  return state;
}

export function renderAll(root, browserNowMs) {
  root.querySelectorAll('[data-countdown]').forEach((element) => renderCountdown(element, browserNowMs));
}

/** Ticks every countdown in the document once a second; returns a stop function. */
export function startTicking(doc = document, clock = () => Date.now()) {
  const timer = setInterval(() => renderAll(doc, clock()), SECOND);
  return () => clearInterval(timer);
}

// A countdown arriving (page load or htmx swap) is drawn at once, which measures its clock offset.
behaviour('[data-countdown]', (element) => renderCountdown(element, Date.now()));
