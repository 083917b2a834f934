// For a RUNNING job the page keeps the "objects still to process" values it has seen since it was
// opened (nothing else: no invented totals) and shows how the number moved, as a sentence
// ("down 12,400 in the last 5 minutes") and a small sparkline. The values live in this module, so
// they survive htmx morphing the job's section on every refresh (which also puts the server's empty,
// hidden trend back: it is drawn again each time).
import { behaviour } from './behaviours.js';

const MAX_POINTS = 120;
const SVG = 'http://www.w3.org/2000/svg';
const histories = new Map();

/**
 * Adds a value seen at time t (epoch ms) to a history, keeping the newest MAX_POINTS; a value seen
 * within the same second as the last one replaces it (one arrival, drawn twice).
 */
export function record(history, t, value) {
  if (Number.isFinite(value)) {
    if (history.length > 0 && t - history[history.length - 1].t < 1000) history.pop();
    history.push({ t, value });
    if (history.length > MAX_POINTS) history.splice(0, history.length - MAX_POINTS);
  }
  return history;
}

function spanWords(ms) {
  const seconds = Math.max(1, Math.round(ms / 1000));
  if (seconds < 60) return `${seconds} second${seconds === 1 ? '' : 's'}`;
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return `${minutes} minute${minutes === 1 ? '' : 's'}`;
  const hours = Math.floor(minutes / 60);
  return `${hours} hour${hours === 1 ? '' : 's'}`;
}

/** "down 12,400 in the last 5 minutes", "up 30 …", "unchanged …"; null before a second value. */
export function trendPhrase(history, locale = 'en-US') {
  if (history.length < 2) return null;
  const first = history[0];
  const last = history[history.length - 1];
  const change = last.value - first.value;
  const span = `in the last ${spanWords(last.t - first.t)}`;
  if (change === 0) return `unchanged ${span}`;
  const amount = Math.abs(change).toLocaleString(locale);
  return `${change < 0 ? 'down' : 'up'} ${amount} ${span}`;
}

/** Polyline points for the values, oldest left, the largest value at the top. */
export function sparklinePoints(history, width, height) {
  if (history.length < 2) return '';
  const values = history.map((point) => point.value);
  const min = Math.min(...values);
  const max = Math.max(...values);
  const step = width / (history.length - 1);
  return values.map((value, index) => {
    const y = max === min ? height / 2 : height - ((value - min) / (max - min)) * height;
    return `${+(index * step).toFixed(1)},${+y.toFixed(1)}`;
  }).join(' ');
}

function sparkline(doc, history) {
  const svg = doc.createElementNS(SVG, 'svg');
  svg.setAttribute('class', 'sparkline');
  svg.setAttribute('viewBox', '0 0 100 20');
  svg.setAttribute('width', '100');
  svg.setAttribute('height', '20');
  svg.setAttribute('aria-hidden', 'true');
  const line = doc.createElementNS(SVG, 'polyline');
  line.setAttribute('points', sparklinePoints(history, 100, 20));
  line.setAttribute('fill', 'none');
  line.setAttribute('stroke', 'currentColor');
  line.setAttribute('stroke-width', '1.5');
  svg.append(line);
  return svg;
}

/** Records the value a freshly arrived job section shows and draws the trend beside it. */
export function showTrend(valueElement, { doc = document, now = Date.now(), store = histories } = {}) {
  const section = valueElement.closest('[data-live-job]');
  const target = section?.querySelector('[data-progress-trend]');
  if (!section || !target) return;
  const jobId = section.dataset.liveJob;
  const history = store.get(jobId) ?? [];
  store.set(jobId, record(history, now, Number(valueElement.dataset.objectsToProcess)));
  const phrase = trendPhrase(history);
  if (!phrase) return;
  target.replaceChildren(doc.createTextNode(phrase), sparkline(doc, history));
  target.hidden = false;
}

behaviour('[data-objects-to-process]', (element) => showTrend(element), { everyLoad: true });
