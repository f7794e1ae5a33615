// Browser test of a page written by `ppsnet view` (run by tests/integration/view_browser.sh).
//   node viewer/test/browser_test.mjs PAGE.html SCREENSHOT.png '{"searches": [{"query": "...", "expect": "..."}],
//        "texts": ["name that must be shown as text", ...], "max_load_ms": 20000, "interact": true}'
// Opens the file:// page in Debian's Chromium (headless, through playwright-core) and fails (exit 1) on any console
// error, page error, dialog (alert/confirm/prompt) or request that would leave the machine. Checks:
//  - the page loads (window.ppsnetViewer.ready) within max_load_ms and draws every node of the embedded data;
//  - the page has exactly its own three <script> elements (no name turned into markup);
//  - each search query lists the expected name (as text) first; Enter selects that node (Cytoscape :selected)
//    and the details panel shows the name and the node's links by name;
//  - with interact: a mouse click on a node (found through the Cytoscape API) selects it and shows its details and
//    links; clicking a link opens the partner; a type/kind filter hides nodes and "show all" brings them back; the
//    colour switch changes the legend.
// Saves a screenshot after the checks.
import { chromium } from 'playwright-core';
import { pathToFileURL } from 'node:url';
import path from 'node:path';

const [page_path, screenshot, config_text] = process.argv.slice(2);
if (!page_path || !screenshot) {
  console.error('usage: node browser_test.mjs PAGE.html SCREENSHOT.png [CONFIG_JSON]');
  process.exit(2);
}
const config = JSON.parse(config_text || '{}');
const failures = [];
function check(ok, message) {
  if (!ok) failures.push(message);
  return ok;
}

const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
         '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
let exit_code = 0;
try {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  page.on('console', (msg) => {
    if (msg.type() === 'error') failures.push('console error: ' + msg.text());
  });
  page.on('pageerror', (err) => failures.push('page error: ' + err.message));
  page.on('dialog', async (dialog) => {
    failures.push('dialog opened (' + dialog.type() + '): ' + dialog.message());
    await dialog.dismiss();
  });
  page.on('request', (req) => {
    const url = req.url();
    if (!url.startsWith('file:') && !url.startsWith('data:') && !url.startsWith('blob:')) {
      failures.push('network request: ' + url);
    }
  });

  const started = Date.now();
  await page.goto(pathToFileURL(path.resolve(page_path)).href);
  await page.waitForFunction(() => window.ppsnetViewer && window.ppsnetViewer.ready,
                             null, { timeout: config.max_load_ms || 20000 });
  const load_ms = Date.now() - started;
  const info = await page.evaluate(() => {
    const v = window.ppsnetViewer;
    return { nodes: v.data.nodes.length, drawn: v.cy.nodes().length, edges: v.data.edges.length,
             drawn_edges: v.cy.edges().length, scripts: document.querySelectorAll('script').length,
             bold: document.querySelectorAll('b').length,
             title: document.getElementById('title').textContent, doc_title: document.title,
             data_title: v.data.title, caption: document.getElementById('caption').textContent,
             data_caption: v.data.caption };
  });
  console.log(`loaded in ${load_ms} ms: ${info.drawn} nodes, ${info.drawn_edges} links`);
  check(info.nodes > 0 && info.drawn === info.nodes, `drawn nodes ${info.drawn} != data nodes ${info.nodes}`);
  check(info.drawn_edges === info.edges, `drawn links ${info.drawn_edges} != data links ${info.edges}`);
  check(info.scripts === 3, `expected the page's 3 <script> elements, found ${info.scripts}`);
  check(info.bold === 0, `a name or the title was turned into markup (${info.bold} <b> elements)`);
  check(info.title === info.data_title && info.doc_title === info.data_title,
        `title shown as "${info.title}" / "${info.doc_title}", data says "${info.data_title}"`);
  check(info.caption === info.data_caption && info.caption.length > 0, 'caption not shown');

  // Every expected text is a node name in the data, shown as a label (Cytoscape) and never parsed as markup.
  for (const text of config.texts || []) {
    const found = await page.evaluate((t) => {
      const v = window.ppsnetViewer;
      const i = v.data.nodes.findIndex((n) => n.name === t);
      return i >= 0 && v.cy.getElementById('n' + i).data('label') === v.data.nodes[i].label;
    }, text);
    check(found, `no node is named ${JSON.stringify(text)} with its label in the picture`);
  }

  for (const s of config.searches || []) {
    await page.fill('#search', '');
    await page.type('#search', s.query);
    const first = await page.locator('#search-results li .name').first().textContent({ timeout: 5000 })
        .catch(() => null);
    check(first === s.expect, `search ${JSON.stringify(s.query)}: first result ${JSON.stringify(first)}, ` +
                              `expected ${JSON.stringify(s.expect)}`);
    await page.press('#search', 'Enter');
    await page.waitForTimeout(450);  // the view animates to the node
    const sel = await page.evaluate(() => {
      const v = window.ppsnetViewer;
      const selected = v.cy.nodes(':selected');
      const links = Array.from(document.querySelectorAll('#details-links li')).map((li) => li.textContent);
      const i = selected.length === 1 ? selected[0].data('index') : -1;
      const expected_links = i < 0 ? [] : v.cy.getElementById('n' + i).neighborhood('node')
          .map((n) => v.data.nodes[n.data('index')].name).sort();
      return { count: selected.length, name: i >= 0 ? v.data.nodes[i].name : null,
               shown: document.getElementById('details-name').textContent,
               hidden: document.getElementById('details').hidden, links, expected_links };
    });
    check(sel.count === 1 && sel.name === s.expect,
          `search ${JSON.stringify(s.query)}: selected ${sel.count} node(s), ${JSON.stringify(sel.name)}`);
    check(!sel.hidden && sel.shown === s.expect, `details panel shows ${JSON.stringify(sel.shown)}`);
    check(sel.links.length > 0 && JSON.stringify(sel.links.slice().sort()) === JSON.stringify(sel.expected_links),
          `details links ${JSON.stringify(sel.links)} != ${JSON.stringify(sel.expected_links)}`);
  }

  if (config.interact) {
    await page.keyboard.press('Escape');
    // The node with the most links, zoomed in and centred, then clicked with the mouse.
    const target = await page.evaluate(() => {
      const v = window.ppsnetViewer;
      let best = v.cy.nodes()[0];
      v.cy.nodes().forEach((n) => { if (n.degree() > best.degree()) best = n; });
      v.cy.zoom(2);
      v.cy.center(best);
      const p = best.renderedPosition();
      const box = document.getElementById('cy').getBoundingClientRect();
      return { index: best.data('index'), x: box.left + p.x, y: box.top + p.y,
               name: v.data.nodes[best.data('index')].name, degree: best.degree() };
    });
    await page.mouse.click(target.x, target.y);
    await page.waitForTimeout(200);
    const clicked = await page.evaluate(() => ({
      selected: window.ppsnetViewer.cy.nodes(':selected').map((n) => n.data('index')),
      shown: document.getElementById('details-name').textContent,
      links: document.querySelectorAll('#details-links li').length,
    }));
    check(clicked.selected.length === 1 && clicked.selected[0] === target.index,
          `click on ${JSON.stringify(target.name)} selected ${JSON.stringify(clicked.selected)}`);
    check(clicked.shown === target.name, `after the click the details show ${JSON.stringify(clicked.shown)}`);
    check(clicked.links === target.degree, `details list ${clicked.links} links, the node has ${target.degree}`);

    // A link in the details panel opens the partner.
    const partner = await page.locator('#details-links li button').first().textContent();
    await page.locator('#details-links li button').first().click();
    await page.waitForTimeout(450);
    const now = await page.locator('#details-name').textContent();
    check(now === partner, `clicking the link ${JSON.stringify(partner)} shows ${JSON.stringify(now)}`);

    // Filters: unticking the first type/kind hides its nodes; "show all" brings them back.
    await page.keyboard.press('Escape');
    await page.click('#filter-category summary');
    const before = await page.evaluate(() => window.ppsnetViewer.cy.nodes().filter((n) => n.style('display') !== 'none').length);
    await page.locator('#filter-category .options input[type=checkbox]').first().uncheck();
    const after = await page.evaluate(() => window.ppsnetViewer.cy.nodes().filter((n) => n.style('display') !== 'none').length);
    check(after < before, `type filter: ${before} visible before, ${after} after`);
    await page.click('#reset-filters');
    const reset = await page.evaluate(() => window.ppsnetViewer.cy.nodes().filter((n) => n.style('display') !== 'none').length);
    check(reset === before, `show all: ${reset} visible, expected ${before}`);

    // Colour switch: the legend follows.
    const legend_type = await page.locator('#legend li').allTextContents();
    await page.check('input[name="colour-by"][value="community"]');
    const legend_comm = await page.locator('#legend li').allTextContents();
    check(legend_comm.length > 0 && legend_comm.every((t) => /community/.test(t)),
          `community legend: ${JSON.stringify(legend_comm)}`);
    await page.check('input[name="colour-by"][value="type"]');
    const legend_back = await page.locator('#legend li').allTextContents();
    check(JSON.stringify(legend_back) === JSON.stringify(legend_type), 'legend after switching back differs');
    await page.evaluate(() => window.ppsnetViewer.cy.fit(undefined, 30));
  }

  if (config.select_for_screenshot !== undefined) {
    await page.evaluate((q) => {
      const v = window.ppsnetViewer;
      const i = v.data.nodes.findIndex((n) => n.name === q);
      if (i >= 0) v.select(i);
    }, config.select_for_screenshot);
    await page.waitForTimeout(500);
  }
  await page.screenshot({ path: screenshot });
  check(load_ms <= (config.max_load_ms || 20000), `load took ${load_ms} ms`);
} catch (err) {
  failures.push('exception: ' + (err && err.stack ? err.stack : err));
} finally {
  await browser.close();
}
if (failures.length > 0) {
  for (const f of failures) console.error('FAIL: ' + f);
  exit_code = 1;
} else {
  console.log('browser test passed');
}
process.exit(exit_code);
