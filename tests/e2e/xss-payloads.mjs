// Text an attacker might put in a dossier file. Every payload, if it ever ran, sets
// window.__xss; if it ever became markup, it leaves an element or an event attribute behind.
export const PAYLOADS = [
  '<script>window.__xss=1</script>',
  '<img src=x onerror="window.__xss=1">',
  '<svg onload="window.__xss=1">',
  '"><script>window.__xss=1</script>',
  "'><img src=x onerror=window.__xss=1>",
  '<iframe src="javascript:window.__xss=1"></iframe>',
  'javascript:window.__xss=1',
  '<a href="javascript:window.__xss=1">klik</a>',
  '<body onload=window.__xss=1>',
  '<input autofocus onfocus=window.__xss=1>',
  '<details open ontoggle=window.__xss=1>',
  '<math><mtext><table><mglyph><style><img src=x onerror=window.__xss=1>',
  "{{constructor.constructor('window.__xss=1')()}}",
  '${window.__xss=1}',
  '<style>body{display:none}</style>',
  '<link rel=stylesheet href=//evil.example/x.css>',
  '<meta http-equiv="refresh" content="0;url=javascript:window.__xss=1">',
  '<object data="javascript:window.__xss=1"></object>',
  '<embed src="javascript:window.__xss=1">',
  '<video><source onerror="window.__xss=1"></video>',
  '<audio src=x onerror=window.__xss=1>',
  '<marquee onstart=window.__xss=1>',
  '<form action="javascript:window.__xss=1"><button>x</button></form>',
  '<base href="//evil.example/">',
  '&lt;script&gt;window.__xss=1&lt;/script&gt;',
  '<scr<script>ipt>window.__xss=1</scr</script>ipt>',
  // ECharts renders series and data names into tooltips and labels as HTML unless escaped.
  '<b onmouseover=window.__xss=1>tooltip</b>',
  '{a}<img src=x onerror=window.__xss=1>{b}',
  '{@name}<img src=x onerror=window.__xss=1>',
  '<div style="background:url(javascript:window.__xss=1)">',
  '<svg><animate onbegin=window.__xss=1 attributeName=x dur=1s>',
  '%3Cscript%3Ewindow.__xss=1%3C/script%3E',
  '</textarea><script>window.__xss=1</script>',
  '<noscript><p title="</noscript><img src=x onerror=window.__xss=1>">',
];

/** Elements and attributes the app itself never renders: any of them means injected markup. */
export async function expectNoInjection(page) {
  const found = await page.evaluate(() => ({
    xss: window.__xss ?? null,
    elements: document.querySelectorAll(
      // The app's own scripts, all in the head (one in the body is injected): Trunk's loader and
      // index.html's F8 key (modules), ECharts, and the inline script from tools/split.mjs.
      'main img, main iframe, script:not(head > script[type="module"]):not([src="assets/echarts.js"]):not(head > script[data-start-pack]), object, embed, video, audio, marquee, base, body style, main link, main meta, math',
    ).length,
    handlers: document.querySelectorAll('[onerror],[onload],[onfocus],[ontoggle],[onmouseover],[onbegin],[onstart]').length,
    hidden: getComputedStyle(document.body).display === 'none',
  }));
  return found;
}
