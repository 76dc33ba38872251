// hearsay web app. Every piece of text from the store or a user goes into the page as a text node
// (el() below); nothing is ever assigned to innerHTML, so an article's markup stays text.
"use strict";

const COLOURS = ["#2456a6", "#b5452a", "#2f8a4c", "#8a3fa6", "#b8860b", "#1f8a8a", "#a63f6b", "#5a6b1f", "#6b4f2a", "#3f5fa6"];
const main = document.getElementById("main");
const page = document.body.dataset.page;
const param = document.body.dataset.param;

function el(tag, attrs, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === null || v === undefined || v === false) continue;
    if (k === "className") e.className = v;
    else if (k === "href") e.setAttribute("href", safeHref(v));
    else if (k === "style") e.setAttribute("style", v);
    else if (k.startsWith("on")) e.addEventListener(k.slice(2), v);
    else e.setAttribute(k, v);
  }
  for (const c of children.flat()) {
    if (c === null || c === undefined || c === false) continue;
    e.appendChild(typeof c === "string" || typeof c === "number" ? document.createTextNode(String(c)) : c);
  }
  return e;
}

// Only the app's own paths and http(s) URLs become links; "javascript:" and the like never do.
function safeHref(v) {
  const s = String(v);
  if (s.startsWith("/") && !s.startsWith("//")) return s;
  if (/^https?:\/\//i.test(s)) return s;
  return "#";
}

async function api(path, options) {
  const r = await fetch(path, options);
  const body = await r.json().catch(() => ({ message: "the server answered " + r.status }));
  if (!r.ok) throw new Error(body.message || ("the server answered " + r.status));
  return body;
}

function show(...nodes) {
  main.replaceChildren(...nodes.filter(n => n !== null && n !== undefined));
}

function failed(e) {
  show(el("p", { className: "error", id: "error" }, "Could not load this page: " + e.message));
}

function when(v) { return v || "no date"; }

// ---- annotated text -------------------------------------------------------------------------

// One model for stored articles and fresh analyses: {text, attributions: [{id, kind, cue, sources,
// contents, hedges, speaker: {id, name}|null, role, recipient, chain}]}
function fromStore(view) {
  return {
    text: view.article.text,
    attributions: view.attributions.map(a => ({
      id: a.id, kind: a.kind, cue: a.cue, sources: a.sources, contents: a.contents, hedges: a.hedges,
      speaker: a.speaker ? { id: a.speaker.id, name: a.speaker.name } : null,
      role: a.role, recipient: a.recipient ? a.recipient.name : null, chain: a.chain,
    })),
  };
}

function fromHearsay(doc) {
  return {
    text: doc.text,
    attributions: doc.attributions.map(a => ({
      id: a.id, kind: a.kind, cue: a.cue, sources: a.sources, contents: a.contents, hedges: a.hedges,
      speaker: a.speaker ? { id: null, name: a.speaker.name } : null,
      role: a.speaker ? a.speaker.role : null, recipient: a.recipient ? a.recipient.name : null, chain: a.chain,
    })),
  };
}

function speakerName(a) {
  if (a.speaker) return a.speaker.name;
  if (a.sources.length) return a.sources[0].text;
  return "unnamed source";
}

function annotate(model) {
  const colourOf = new Map();
  for (const a of model.attributions) {
    const key = speakerName(a);
    if (!colourOf.has(key)) colourOf.set(key, COLOURS[colourOf.size % COLOURS.length]);
  }
  const colour = a => colourOf.get(speakerName(a));
  const marks = [];
  for (const a of model.attributions) {
    if (a.cue) marks.push({ a, role: "cue", s: a.cue.start, e: a.cue.end });
    for (const s of a.sources) marks.push({ a, role: "source", s: s.start, e: s.end });
    for (const s of a.contents) marks.push({ a, role: "content", s: s.start, e: s.end });
    for (const s of a.hedges) marks.push({ a, role: "hedge", s: s.start, e: s.end });
  }
  const cps = Array.from(model.text); // offsets are code points, as in the API
  const bounds = new Set([0, cps.length]);
  for (const m of marks) { bounds.add(m.s); bounds.add(m.e); }
  const cuts = [...bounds].filter(b => b >= 0 && b <= cps.length).sort((x, y) => x - y);
  const text = el("div", { className: "article-text", id: "article-text" });
  const details = el("div", { className: "details", id: "details" }, el("span", { className: "muted" }, "Point at a highlighted passage, or pick an attribution on the right."));
  const list = el("ol", { className: "att-list", id: "attributions" });
  const runsOf = new Map();
  for (let i = 0; i + 1 < cuts.length; i++) {
    const s = cuts[i], e = cuts[i + 1];
    const piece = cps.slice(s, e).join("");
    const here = marks.filter(m => m.s <= s && m.e >= e);
    if (!here.length) { text.appendChild(document.createTextNode(piece)); continue; }
    // the innermost attribution (its narrowest span here) gives the colour and the hover
    const inner = here.reduce((x, y) => (y.e - y.s) < (x.e - x.s) ? y : x);
    const roles = new Set(here.filter(m => m.a === inner.a || m.role !== "content").map(m => "m-" + m.role));
    const run = el("span", { className: [...roles].join(" "), "data-att": inner.a.id, style: "--c:" + colour(inner.a) }, piece);
    run.addEventListener("mouseenter", () => describe(inner.a));
    run.addEventListener("click", () => select(inner.a.id));
    for (const m of here) {
      if (!runsOf.has(m.a.id)) runsOf.set(m.a.id, []);
      runsOf.get(m.a.id).push(run);
    }
    text.appendChild(run);
  }

  function describe(a) {
    const who = a.speaker && a.speaker.id !== null && a.speaker.id !== undefined
      ? el("a", { href: "/speakers/" + Number(a.speaker.id) }, speakerName(a)) : el("span", {}, speakerName(a));
    details.replaceChildren(...[
      el("div", {}, el("strong", {}, who), a.role ? el("span", { className: "muted" }, " — " + a.role) : null),
      el("div", { className: "meta" }, a.id + " · " + (a.cue ? a.cue.text : "no cue") + " · " + a.kind,
        a.recipient ? " · to " + a.recipient : null),
      a.hedges.length ? el("div", { className: "meta" }, "hedged: " + a.hedges.map(h => h.text).join(", ")) : null,
      el("div", { className: "chain", id: "chain" }, a.chain.join(" → ")),
    ].filter(Boolean)); // replaceChildren would write a null as the text "null"
  }

  function select(id) {
    for (const r of text.querySelectorAll(".m-selected")) r.classList.remove("m-selected");
    for (const li of list.querySelectorAll(".selected")) li.classList.remove("selected");
    const a = model.attributions.find(x => x.id === id);
    if (!a) return;
    for (const r of runsOf.get(id) || []) r.classList.add("m-selected");
    const li = list.querySelector('[data-att="' + CSS.escape(id) + '"]');
    if (li) li.classList.add("selected");
    const first = (runsOf.get(id) || [])[0];
    if (first) first.scrollIntoView({ block: "center", behavior: "smooth" });
    describe(a);
  }

  for (const a of model.attributions) {
    const excerpt = a.contents.map(c => c.text).join(" … ");
    list.appendChild(el("li", { "data-att": a.id, style: "--c:" + colour(a), onclick: () => select(a.id) },
      el("strong", {}, speakerName(a)), el("span", { className: "pill" }, a.kind),
      el("div", { className: "muted" }, (a.cue ? a.cue.text : "—") + ": " + (excerpt.length > 140 ? excerpt.slice(0, 139) + "…" : excerpt))));
  }
  const side = el("aside", { className: "side" },
    details,
    el("div", { className: "legend meta" }, el("span", { className: "m-source", style: "--c:#555" }, "source"),
      el("span", { className: "m-cue", style: "--c:#555" }, "cue"), el("span", { className: "m-content", style: "--c:#555" }, "content"),
      el("span", { className: "m-hedge" }, "hedge")),
    el("h2", {}, model.attributions.length + " attributions"), list);
  return el("div", { className: "layout" }, text, side);
}

// ---- pages ----------------------------------------------------------------------------------

async function home() {
  const [arts, speakers] = await Promise.all([api("/api/articles?limit=200"), api("/api/speakers?limit=12")]);
  show(
    el("h1", {}, "Articles"),
    el("p", { className: "meta" }, "Most cited: ", ...speakers.speakers.map((s, i) =>
      [i ? ", " : "", el("a", { href: "/speakers/" + Number(s.entity) }, s.name), " (" + s.attributions + ")"])),
    el("table", { id: "articles" },
      el("tr", {}, el("th", {}, "published"), el("th", {}, "outlet"), el("th", {}, "title"), el("th", {}, "attributions")),
      ...arts.articles.map(a => el("tr", {},
        el("td", {}, when(a.published)), el("td", {}, a.outlet || ""),
        el("td", {}, el("a", { href: "/articles/" + Number(a.id) }, a.title || ("article " + a.id))),
        el("td", {}, a.attributions)))),
  );
}

async function article() {
  const view = await api("/api/articles/" + encodeURIComponent(param));
  const a = view.article;
  document.title = (a.title || "Article " + a.id) + " · hearsay";
  show(
    el("h1", { id: "title" }, a.title || "Article " + a.id),
    el("p", { className: "meta" }, [a.outlet, a.published].filter(Boolean).join(" · "),
      a.url && /^https?:\/\//i.test(a.url) ? [" · ", el("a", { href: a.url, rel: "noopener noreferrer nofollow" }, "original")] : null,
      " · from " + a.origin),
    annotate(fromStore(view)),
  );
}

async function speakers() {
  const r = await api("/api/speakers?limit=300");
  show(el("h1", {}, "Speakers"),
    el("table", { id: "speakers" },
      el("tr", {}, el("th", {}, "speaker"), el("th", {}, "type"), el("th", {}, "attributions"), el("th", {}, "articles"), el("th", {}, "outlets")),
      ...r.speakers.map(s => el("tr", {}, el("td", {}, el("a", { href: "/speakers/" + Number(s.entity) }, s.name)),
        el("td", {}, s.type), el("td", {}, s.attributions), el("td", {}, s.articles), el("td", {}, s.outlets)))));
}

async function speaker() {
  const s = await api("/api/speakers/" + encodeURIComponent(param));
  document.title = s.name + " · hearsay";
  const counts = (rows, empty) => rows.length ? el("ul", {}, ...rows.map(c => el("li", {}, c.name + " (" + c.count + ")"))) : el("p", { className: "muted" }, empty);
  show(
    el("h1", { id: "name" }, s.name), el("p", { className: "meta" }, s.type + (s.aliases.length ? " · also " + s.aliases.filter(x => x !== s.name).join(", ") : "")),
    el("h2", {}, "Roles over time"),
    s.roles.length ? el("table", { id: "roles" }, el("tr", {}, el("th", {}, "role"), el("th", {}, "first"), el("th", {}, "last"), el("th", {}, "times")),
      ...s.roles.map(r => el("tr", {}, el("td", {}, r.role), el("td", {}, when(r.first)), el("td", {}, when(r.last)), el("td", {}, r.count))))
      : el("p", { className: "muted" }, "No role given with this speaker."),
    el("h2", {}, "Cited by"), counts(s.outlets, "—"),
    el("h2", {}, "Relayed through"), counts(s.relays, "Always cited first-hand."),
    el("h2", {}, s.quotes.length + " things reported said"),
    el("div", { id: "quotes" }, ...s.quotes.map(q => el("div", { className: "hit" },
      el("div", { className: "meta" }, when(q.published) + " · " + (q.outlet || "no outlet") + " · ",
        el("a", { href: "/articles/" + Number(q.article) }, q.title || "article " + q.article),
        " · " + (q.cue || "no cue") + " · " + q.kind + (q.role ? " · as " + q.role : "")),
      el("div", {}, q.content),
      el("div", { className: "meta" }, "chain: " + q.chain.join(" → "))))),
  );
}

async function graph() {
  const [r, outlets] = await Promise.all([api("/api/graph?limit=90"), api("/api/outlets")]);
  const isOutlet = new Set(outlets.outlets.map(o => o.name));
  const box = el("div", { id: "graph" });
  const info = el("p", { className: "meta", id: "graph-info" }, "Arrows point from who reports to whom they cite; numbers count attributions; outlets whose articles are in the store are orange. Click a name.");
  show(el("h1", {}, "Who cites whom"), info, box);
  const names = new Map();
  for (const e of r.edges) { names.set(e.from, (names.get(e.from) || 0) + e.count); names.set(e.to, (names.get(e.to) || 0) + e.count); }
  const ids = new Map([...names.keys()].map((n, i) => [n, "n" + i]));
  const elements = [
    ...[...names.entries()].map(([n, w]) => ({ data: { id: ids.get(n), label: n, weight: w }, classes: isOutlet.has(n) ? "outlet" : "" })),
    ...r.edges.map((e, i) => ({ data: { id: "e" + i, source: ids.get(e.from), target: ids.get(e.to), label: String(e.count), count: e.count } })),
  ];
  const max = Math.max(1, ...names.values());
  const cy = cytoscape({
    container: box, elements,
    style: [
      { selector: "node", style: { label: "data(label)", "font-size": 10, "text-valign": "bottom", "background-color": "#2456a6",
        width: n => 10 + 30 * Math.sqrt(n.data("weight") / max), height: n => 10 + 30 * Math.sqrt(n.data("weight") / max) } },
      { selector: "node.outlet", style: { "background-color": "#d9822b", "font-weight": "bold" } },
      { selector: "edge", style: { label: "data(label)", "font-size": 9, "curve-style": "bezier", "target-arrow-shape": "triangle",
        width: e => 1 + Math.log(1 + e.data("count")), "line-color": "#b7c3d9", "target-arrow-color": "#b7c3d9" } },
    ],
    layout: { name: "cose", animate: false, randomize: false },
  });
  cy.on("tap", "node", ev => {
    const n = ev.target;
    const out = n.outgoers("edge").map(e => e.target().data("label") + " (" + e.data("count") + ")");
    const inc = n.incomers("edge").map(e => e.source().data("label") + " (" + e.data("count") + ")");
    info.replaceChildren(el("strong", {}, n.data("label")), " cites: " + (out.join(", ") || "—") + "; cited by: " + (inc.join(", ") || "—"));
  });
  window.hearsayGraph = cy;
}

async function search() {
  const q = new URLSearchParams(location.search);
  const outlets = await api("/api/outlets");
  const field = (name, label, type) => el("label", {}, label, el("input", { name, type: type || "text", value: q.get(name) || "" }));
  const outletSelect = el("select", { name: "outlet" }, el("option", { value: "" }, "any outlet"),
    ...outlets.outlets.map(o => el("option", { value: o.name, selected: q.get("outlet") === o.name ? "selected" : null }, o.name)));
  const results = el("div", { id: "results" });
  const form = el("form", { className: "filters", id: "search-form" },
    el("label", {}, "words", el("input", { name: "q", value: q.get("q") || "", size: 32, autofocus: "autofocus" })),
    el("label", {}, "outlet", outletSelect), field("speaker", "speaker"), field("from", "from", "date"), field("to", "to", "date"),
    el("button", { type: "submit" }, "Search"));
  form.addEventListener("submit", ev => {
    ev.preventDefault();
    const p = new URLSearchParams();
    for (const [k, v] of new FormData(form)) if (v) p.set(k, v);
    history.replaceState(null, "", "/search?" + p);
    run(p);
  });
  async function run(p) {
    if (!p.get("q")) { results.replaceChildren(); return; }
    try {
      const r = await api("/api/search?" + p);
      results.replaceChildren(el("p", { className: "meta" }, r.hits.length + " found"), ...r.hits.map(h => el("div", { className: "hit" },
        el("div", { className: "meta" }, el("strong", {}, h.speaker), " · " + when(h.published) + " · " + (h.outlet || "no outlet") + " · ",
          el("a", { href: "/articles/" + Number(h.article) }, h.title || "article " + h.article)),
        snippet(h.snippet))));
    } catch (e) {
      results.replaceChildren(el("p", { className: "error" }, e.message));
    }
  }
  show(el("h1", {}, "Search what was said"), form, results);
  run(q);
}

// The API marks matches with U+0002 … U+0003; they become <mark> elements around text nodes.
function snippet(s) {
  const out = el("div", { className: "snippet" });
  const parts = s.split(/([\u0002\u0003])/);
  let marked = false;
  for (const p of parts) {
    if (p === "\u0002") marked = true;
    else if (p === "\u0003") marked = false;
    else if (p) out.appendChild(marked ? el("mark", {}, p) : document.createTextNode(p));
  }
  return out;
}

async function analyze() {
  const text = el("textarea", { name: "text", id: "text", placeholder: "Paste an article…" });
  const result = el("div", { id: "result" });
  const form = el("form", { id: "analyze-form" },
    el("div", { className: "filters" },
      el("label", {}, "title", el("input", { name: "title", size: 40 })), el("label", {}, "outlet", el("input", { name: "outlet" })),
      el("label", {}, "published", el("input", { name: "published", type: "date" })),
      el("label", {}, el("span", {}, "save to the store"), el("input", { name: "save", type: "checkbox" }))),
    text, el("p", {}, el("button", { type: "submit", id: "analyze-button" }, "Analyse")));
  form.addEventListener("submit", async ev => {
    ev.preventDefault();
    const f = new FormData(form);
    const body = { text: f.get("text"), title: f.get("title"), outlet: f.get("outlet"), published: f.get("published"), save: f.get("save") === "on" };
    result.replaceChildren(el("p", { className: "muted" }, "Analysing…"));
    try {
      const r = await api("/api/analyze", { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(body) });
      result.replaceChildren(...[
        r.saved !== null ? el("p", { className: "meta", id: "saved" }, "Saved as ", el("a", { href: "/articles/" + Number(r.saved) }, "article " + r.saved)) : null,
        annotate(fromHearsay(r.analysis))].filter(Boolean));
    } catch (e) {
      result.replaceChildren(el("p", { className: "error", id: "error" }, e.message));
    }
  });
  show(el("h1", {}, "Analyse an article"), form, result);
}

function missing() {
  show(el("h1", {}, "Not found"), el("p", {}, "Nothing here: " + param), el("p", {}, el("a", { href: "/" }, "All articles")));
}

const pages = { home, article, speakers, speaker, graph, search, analyze, missing };
(pages[page] || missing)().catch(failed);
