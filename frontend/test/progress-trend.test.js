import { afterEach, describe, expect, it } from 'vitest';
import { record, showTrend, sparklinePoints, trendPhrase } from '../src/progress-trend.js';

const MIN = 60_000;

describe('trend phrase', () => {
  it('needs two values the page has seen', () => {
    expect(trendPhrase(record([], 0, 5000))).toBeNull();
  });

  it.each([
    [[[0, 20000], [5 * MIN, 7600]], 'down 12,400 in the last 5 minutes'],
    [[[0, 100], [40_000, 130]], 'up 30 in the last 40 seconds'],
    [[[0, 100], [MIN, 100]], 'unchanged in the last 1 minute'],
    [[[0, 9], [5000, 8], [2 * 3600_000 + 5 * MIN, 1]], 'down 8 in the last 2 hours'],
  ])('%j reads "%s"', (points, phrase) => {
    const history = points.reduce((h, [t, v]) => record(h, t, v), []);
    expect(trendPhrase(history)).toBe(phrase);
  });

  it('ignores values that are not numbers and keeps the newest 120', () => {
    const history = [];
    record(history, 0, Number('unknown'));
    expect(history).toEqual([]);
    for (let i = 0; i < 130; i += 1) record(history, i * 1000, i);
    expect(history).toHaveLength(120);
    expect(history[0]).toEqual({ t: 10000, value: 10 });
  });

  it('counts a value seen twice within a second (one refresh, drawn twice) once', () => {
    const history = record(record([], 0, 500), 300, 480);
    expect(history).toEqual([{ t: 300, value: 480 }]);
  });
});

describe('sparkline', () => {
  it('puts the oldest value left and the largest at the top', () => {
    const history = [{ t: 0, value: 300 }, { t: 1, value: 200 }, { t: 2, value: 100 }];
    expect(sparklinePoints(history, 100, 20)).toBe('0,0 50,10 100,20');
  });

  it('draws a flat line through the middle when nothing moved', () => {
    expect(sparklinePoints([{ t: 0, value: 5 }, { t: 1, value: 5 }], 100, 20)).toBe('0,10 100,10');
  });
});

describe('in the page', () => {
  afterEach(() => {
    document.body.innerHTML = '';
  });

  const arrive = (value) => {
    document.body.innerHTML = `<section data-live-job="job-1"><span data-objects-to-process="${value}"></span>
      <span data-progress-trend hidden></span></section>`;
    return document.querySelector('[data-objects-to-process]');
  };

  it('keeps the values across swapped sections and draws the trend from the second one', () => {
    const store = new Map();
    showTrend(arrive(20000), { now: 0, store });
    expect(document.querySelector('[data-progress-trend]').hidden).toBe(true);

    showTrend(arrive(7600), { now: 5 * MIN, store });
    const trend = document.querySelector('[data-progress-trend]');
    expect(trend.hidden).toBe(false);
    expect(trend.textContent).toBe('down 12,400 in the last 5 minutes');
    expect(trend.querySelector('svg polyline').getAttribute('points')).toBe('0,0 100,20');
    expect(trend.querySelector('svg').getAttribute('aria-hidden')).toBe('true');
  });
});
