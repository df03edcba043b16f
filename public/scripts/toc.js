// Marks the table-of-contents link of the section being read (aria-current="true").
// Progressive enhancement: without it the table of contents is a plain list of links.
(function () {
  var links = document.querySelectorAll('.toc a[href^="#"]');
  if (!links.length || !('IntersectionObserver' in window)) return;
  var byId = {};
  links.forEach(function (a) {
    var id = decodeURIComponent(a.getAttribute('href').slice(1));
    (byId[id] = byId[id] || []).push(a);
  });
  var visible = {};
  function mark() {
    var current = null;
    Object.keys(byId).forEach(function (id) {
      var el = document.getElementById(id);
      if (visible[id] && el && (!current || el.getBoundingClientRect().top < current.getBoundingClientRect().top))
        current = el;
    });
    if (!current) return;
    links.forEach(function (a) {
      a.removeAttribute('aria-current');
    });
    byId[current.id].forEach(function (a) {
      a.setAttribute('aria-current', 'true');
    });
  }
  var observer = new IntersectionObserver(
    function (entries) {
      entries.forEach(function (e) {
        visible[e.target.getAttribute('aria-labelledby')] = e.isIntersecting;
      });
      mark();
    },
    { rootMargin: '0px 0px -55% 0px' },
  );
  Object.keys(byId).forEach(function (id) {
    var heading = document.getElementById(id);
    var section = heading && heading.closest('section');
    if (section) observer.observe(section);
  });
})();
