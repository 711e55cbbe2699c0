/**
 * What bench/admin.ts reads in the page: Largest Contentful Paint, layout shifts (CLS, the sum of
 * shifts no input caused), long tasks, and the compressed bytes of scripts and styles loaded.
 * The in-page parts are plain script text: tsx would wrap functions passed to the page in helpers
 * that exist only in Node.
 */
import type {Page} from 'playwright-core';

export interface PageFigures {
  lcpMs: number;
  cls: number;
  longTasks: number;
  longTaskMs: number;
  /** Heed's own scripts (the built admin's `/assets/`). */
  jsBytes: number;
  /**
   * Scripts that are not Heed's: App Bridge, which Shopify's admin serves to every embedded app
   * (in the demo, the stand-in that plays it).
   */
  otherJsBytes: number;
  cssBytes: number;
}

/** Installed before any script of the page runs (`addInitScript`); observers see buffered entries too. */
export const OBSERVE_PERFORMANCE = `
  window.heedBench = {lcp: 0, cls: 0, longTasks: []};
  function heedObserve(type, each) {
    new PerformanceObserver(function (list) { list.getEntries().forEach(each); })
      .observe({type: type, buffered: true});
  }
  heedObserve('largest-contentful-paint', function (e) { window.heedBench.lcp = e.startTime; });
  heedObserve('layout-shift', function (e) { if (!e.hadRecentInput) window.heedBench.cls += e.value; });
  heedObserve('longtask', function (e) { window.heedBench.longTasks.push(e.duration); });
`;

/** The figures so far; script and style bytes as they crossed the wire (brotli or gzip). */
const READ_FIGURES = `(function () {
  var b = window.heedBench;
  var resources = performance.getEntriesByType('resource');
  function bytesOf(suffix, own) {
    return resources
      .filter(function (r) {
        var pathname = new URL(r.name).pathname;
        return pathname.endsWith(suffix) && pathname.startsWith('/assets/') === own;
      })
      .reduce(function (sum, r) { return sum + r.encodedBodySize; }, 0);
  }
  return {
    lcpMs: b.lcp,
    cls: b.cls,
    longTasks: b.longTasks.length,
    longTaskMs: b.longTasks.reduce(function (s, d) { return s + d; }, 0),
    jsBytes: bytesOf('.js', true),
    otherJsBytes: bytesOf('.js', false),
    cssBytes: bytesOf('.css', true) + bytesOf('.css', false),
  };
})()`;

export function readFigures(page: Page): Promise<PageFigures> {
  return page.evaluate<PageFigures>(READ_FIGURES);
}
