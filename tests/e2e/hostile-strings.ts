/**
 * Strings a person could type (or an import could carry) that would run script, load
 * something, or change the page if Steady ever treated text as markup. Each one, when
 * parsed as HTML or evaluated, sets `window.__xss` or makes a request the tests watch for.
 */
const PAYLOADS = [
  '<script>window.__xss=1</script>',
  '<img src=x onerror="window.__xss=1">',
  '<svg onload="window.__xss=1"></svg>',
  '<svg><script>window.__xss=1</script></svg>',
  '<svg><a xlink:href="javascript:window.__xss=1"><text y="20">go</text></a></svg>',
  'javascript:window.__xss=1',
  '<a href="javascript:window.__xss=1">open</a>',
  '<iframe src="javascript:window.__xss=1"></iframe>',
  '<iframe srcdoc="<script>parent.__xss=1</script>"></iframe>',
  '"><script>window.__xss=1</script>',
  "'><img src=x onerror=window.__xss=1>",
  '</textarea><script>window.__xss=1</script>',
  '</title></style></script><script>window.__xss=1</script>',
  '<style>*{display:none!important}</style>',
  '<math><mtext><table><mglyph><style><img src=x onerror=window.__xss=1>',
  '<details open ontoggle=window.__xss=1>',
  '<input autofocus onfocus=window.__xss=1>',
  '<body onload=window.__xss=1>',
  '<object data="javascript:window.__xss=1"></object>',
  '<embed src="data:text/html,<script>parent.__xss=1</script>">',
  '<meta http-equiv="refresh" content="0;url=javascript:window.__xss=1">',
  '<base href="javascript:window.__xss=1//">',
  '<template><img src=x onerror=window.__xss=1></template>',
  '<form action="javascript:window.__xss=1"><button>go</button></form>',
  '<video><source onerror="window.__xss=1"></video>',
  '<marquee onstart=window.__xss=1>hi</marquee>',
  '" onmouseover="window.__xss=1" x="',
  '<link rel=stylesheet href=https://example.invalid/x.css>',
  '{{constructor.constructor("window.__xss=1")()}}',
  '${window.__xss=1}',
  '<%= window.__xss=1 %>',
  '#{window.__xss=1}',
  '[[window.__xss=1]]',
  '\u202Egnp.exe\u202C looks like a picture',
  '\u202Ereversed <b>bold</b>\u202C',
  '\u200F\u202B right to left \u202C\u200E',
  '&lt;script&gt;window.__xss=1&lt;/script&gt;',
  '%3Cscript%3Ewindow.__xss=1%3C/script%3E',
  '<!-- ]]> <![CDATA[ <script>window.__xss=1</script> ]]>',
  '\u0000<script>window.__xss=1</script>',
  'Z\u0335\u0321\u031B\u0354a\u0320\u0349l\u0317g\u031Do\u032B zalgo',
  'data:text/html;base64,PHNjcmlwdD53aW5kb3cuX194c3M9MTwvc2NyaXB0Pg==',
  '<div style="position:fixed;inset:0;background:red">cover</div>',
  '__proto__',
  'constructor',
];

/**
 * 200 hostile strings: every payload, numbered up front (so each stays unique even cut to
 * a field's length), some of them padded out to the longest a field allows.
 */
export const HOSTILE_STRINGS: string[] = Array.from({ length: 200 }, (_, index) => {
  const payload = PAYLOADS[index % PAYLOADS.length];
  const text = `${String(index).padStart(3, '0')} ${payload}`;
  return index % 9 === 8 ? `${text} ${'<b>huge</b>'.repeat(60)}`.slice(0, 500) : text;
});

/** Elements and attributes that would mean some text was parsed as markup. */
export const INJECTED_SELECTOR = [
  'script:not([src])',
  'img[src="x"]',
  'iframe',
  'object',
  'embed',
  'meta[http-equiv]',
  'base',
  'marquee',
  'video',
  'a[href^="javascript:"]',
  'form[action^="javascript:"]',
  'details[ontoggle]',
  '[onerror]',
  '[onload]',
  '[onfocus]',
  '[onmouseover]',
  'link[href^="https://example.invalid"]',
].join(', ');
