// Search over the articles, pages and case studies with the Pagefind index the build writes to
// /pagefind/ (lib/build/search-index.mjs). The only page that loads JavaScript is /search. The form
// is a plain GET form: Enter submits it, and this script answers ?q= on load, then as the reader
// types. Results are plain links in a live region, each labelled by its kind, leading to the
// section that holds the match, with the matched words marked in an excerpt.
(function () {
  var form = document.querySelector('[data-search-form]');
  var input = form && form.querySelector('input[name="q"]');
  var status = document.querySelector('[data-search-status]');
  var list = document.querySelector('[data-search-results]');
  var nojs = document.querySelector('[data-search-nojs]');
  if (!form || !input || !status || !list) return;
  if (nojs) nojs.hidden = true;
  var pagefind = null;
  var latest = 0;

  // noWorker: a worker takes its Content-Security-Policy from its own response, so it would need
  // 'wasm-unsafe-eval' on /pagefind/ as well; on the main thread only /search's policy applies.
  //
  // Pagefind keeps one index a language (each page's <html lang>) and searches the one of the
  // page's <html lang>: here the reader's, from ?lang= (a translation's page may link so) or the
  // browser's first language, while it starts; Pagefind falls back to the language's base (ur-PK
  // to ur), then to the largest index.
  var wanted = (new URLSearchParams(location.search).get('lang') || (navigator.languages || [])[0] || '').toLowerCase();
  function load() {
    if (!pagefind) {
      var root = document.documentElement;
      var own = root.lang;
      if (/^[a-z]{2,3}(-[a-z0-9]{2,8})*$/.test(wanted)) root.lang = wanted;
      pagefind = import('/pagefind/pagefind.js')
        .then(function (p) {
          return p
            .options({ baseUrl: '/', noWorker: true })
            .then(function () {
              return p.init();
            })
            .then(function () {
              return p;
            });
        })
        .finally(function () {
          root.lang = own;
        });
    }
    return pagefind;
  }

  /**
   * An excerpt as nodes: Pagefind's HTML (escaped text, the matches in <mark>) is parsed, never
   * inserted, and only its text and its <mark>s are kept; ellipses say it is cut from a longer text.
   */
  function excerpt(html) {
    var nodes = [document.createTextNode('… ')];
    new DOMParser().parseFromString(html, 'text/html').body.childNodes.forEach(function (n) {
      if (n.nodeName === 'MARK') {
        var mark = document.createElement('mark');
        mark.textContent = n.textContent;
        nodes.push(mark);
      } else nodes.push(document.createTextNode(n.textContent || ''));
    });
    nodes.push(document.createTextNode(' …'));
    return nodes;
  }

  /** The section that holds the match (Pagefind's sub-result under its heading), else the page. */
  function target(r) {
    var sub = (r.sub_results || []).find(function (s) {
      return s.url && s.url.indexOf('#') > 0;
    });
    return sub || r;
  }

  function show(query, results) {
    list.textContent = '';
    results.forEach(function (r) {
      var li = document.createElement('li');
      var hit = target(r);
      var kind = document.createElement('p');
      kind.className = 'text-sm font-semibold text-accent';
      kind.textContent = (r.meta && r.meta.kind) || 'Page';
      var a = document.createElement('a');
      a.href = hit.url;
      a.textContent = (r.meta && r.meta.title) || r.url;
      a.className = 'text-lg font-semibold underline underline-offset-2';
      var p = document.createElement('p');
      p.className = 'mt-1 text-muted';
      p.append.apply(p, excerpt(hit.excerpt || r.excerpt || ''));
      li.append(kind, a, p);
      list.append(li);
    });
    status.textContent = results.length
      ? results.length + (results.length === 1 ? ' result' : ' results') + ' for “' + query + '”'
      : 'No results for “' + query + '”';
  }

  function search(query) {
    var id = ++latest;
    query = query.trim();
    if (!query) {
      list.textContent = '';
      status.textContent = '';
      return;
    }
    load()
      .then(function (p) {
        return p.search(query);
      })
      .then(function (found) {
        return Promise.all(
          found.results.slice(0, 20).map(function (r) {
            return r.data();
          }),
        );
      })
      .then(function (results) {
        if (id === latest) show(query, results);
      })
      .catch(function () {
        if (id === latest) status.textContent = 'Search could not load. Browse the topics instead.';
      });
  }

  var timer;
  input.addEventListener('input', function () {
    clearTimeout(timer);
    timer = setTimeout(function () {
      search(input.value);
    }, 200);
  });
  form.addEventListener('submit', function (e) {
    e.preventDefault();
    clearTimeout(timer);
    history.replaceState(null, '', '?q=' + encodeURIComponent(input.value.trim()));
    search(input.value);
  });
  var initial = new URLSearchParams(location.search).get('q');
  if (initial) {
    input.value = initial;
    search(initial);
  }
})();
