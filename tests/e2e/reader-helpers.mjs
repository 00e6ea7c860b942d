// Shared by the reader tests (issue 11): the host pages of tests/e2e/hosts/
// as routes, shadow-root queries, and axe-core run inside the page.

import { readFileSync, readdirSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const HOSTS = join(dirname(fileURLToPath(import.meta.url)), 'hosts');

/** Routes /hosts/NAME.html for every host page. */
export function hostRoutes() {
  const routes = {};
  for (const f of readdirSync(HOSTS).filter((x) => x.endsWith('.html'))) {
    routes[`/hosts/${f}`] = ['text/html; charset=utf-8', readFileSync(join(HOSTS, f))];
  }
  return routes;
}

/** Runs `fn(root, arg)` in the page with the shadow root of `selector`. */
export function inShadow(page, fn, arg, selector = 'parallax-digest') {
  return page.evaluate(([source, a, sel]) => {
    const root = document.querySelector(sel).shadowRoot;
    return new Function('root', 'arg', `return (${source})(root, arg);`)(root, a);
  }, [fn.toString(), arg, selector]);
}

/** Waits until every widget on the page has its story and comparison. */
export async function waitAll(page) {
  await page.waitForFunction(() => [...document.querySelectorAll('parallax-digest')].every((el) => el.summary && el.comparison
    && !el.shadowRoot.querySelector('[role="tabpanel"]:not([hidden]) .loading')), null, { timeout: 20000 });
}

/** Sets the view and waits for its panel to be drawn. */
export async function showView(page, view, selector = 'parallax-digest') {
  await page.evaluate(([v, sel]) => { document.querySelector(sel).view = v; }, [view, selector]);
  await page.waitForFunction(([v, sel]) => {
    const p = document.querySelector(sel).shadowRoot.querySelector(`#panel-${v}`);
    return p && !p.hidden && !p.querySelector('.loading');
  }, [view, selector], { timeout: 10000 });
}

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** axe-core's violations on the page (shadow roots included), as
 * "rule: target — summary" lines. */
export async function axeViolations(page) {
  if (!(await page.evaluate(() => typeof window.axe !== 'undefined'))) await page.addScriptTag({ content: axeSource });
  const result = await page.evaluate(async () => {
    const r = await window.axe.run(document, { resultTypes: ['violations'] });
    return r.violations.map((v) => v.nodes.map((n) => `${v.id} (${v.impact}): ${JSON.stringify(n.target)} — ${n.failureSummary.split('\n').slice(0, 2).join(' ')}`)).flat();
  });
  return result;
}
