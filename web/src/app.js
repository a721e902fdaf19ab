// marsad dashboard: map, timeline, filters, event table and event view over the local JSON API.
// Every string that comes from the data is put into the page as text (textContent), never as HTML.

/* global L, uPlot, topojson */

const TYPE_COLOURS = {
  "Battles": "#c0392b",
  "Explosions/Remote violence": "#e67e22",
  "Violence against civilians": "#8e44ad",
  "Protests": "#2980b9",
  "Riots": "#16a085",
  "Strategic developments": "#7f8c8d",
};
const FIELD_COLOURS = {
  event_type: "#ffb3b3", sub_event_type: "#ffc9a8", event_date: "#b3d9ff", actor1: "#ffe08a",
  actor1_ar: "#ffe08a", actor2: "#c7f0a8", actor2_ar: "#c7f0a8", assoc_actor_1: "#fff2b3",
  assoc_actor_2: "#e1f7cf", location: "#d6c2ff", location_ar: "#d6c2ff", admin1: "#e4d8ff",
  admin2: "#ece4ff", country: "#f1ebff", fatalities: "#ff9eb8", injuries: "#ffc4d4",
  source: "#a8eee6", notes: "#e0e0e0", time_precision: "#cfe6ff", geo_precision: "#e8dcff",
};
const EVENT_FIELDS = [
  "event_id", "event_date", "time_precision", "event_type", "sub_event_type", "actor1", "actor1_ar",
  "assoc_actor_1", "inter1", "actor2", "actor2_ar", "assoc_actor_2", "inter2", "country", "admin1",
  "admin2", "location", "location_ar", "latitude", "longitude", "geo_precision", "fatalities", "injuries",
  "source", "notes", "confidence", "n_sources", "outlets",
];
const COLUMNS = [
  ["event_date", "event_date"], ["event_type", null], ["sub_event_type", null], ["actor1", null],
  ["actor2", null], ["location", null], ["admin1", null], ["country", null], ["fatalities", "fatalities"],
  ["confidence", "confidence"], ["n_sources", "n_sources"],
];
const PAGE = 50;
// More events than this in a view: the server counts them on a grid (?max_points=N to change it).
const POINT_LIMIT = Math.max(1, Number(new URLSearchParams(location.search).get("max_points")) || 30000);
const BIDI_CONTROLS = /[\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]/;
const FILTER_NAMES = ["date_from", "date_to", "country", "admin1", "event_type", "sub_event_type", "actor",
  "q", "min_confidence"];

const state = {
  lang: "en", i18n: null, boundaries: null, meta: null,
  filters: {}, brush: null, bbox: null, order: "-event_date", offset: 0,
  map: null, cluster: null, plot: null, plotDays: [], loadSeq: 0,
};

// ---- small DOM helpers (text only) ----------------------------------------------------------------
function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (k === "class") node.className = v;
    else if (k === "dataset") Object.assign(node.dataset, v);
    else if (k === "style") Object.assign(node.style, v);
    else node.setAttribute(k, v);
  }
  for (const c of children) {
    if (c === null || c === undefined) continue;
    node.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return node;
}
function dataText(value) {  // a data value, isolated so that bidi controls inside cannot reorder the page
  if (Array.isArray(value)) value = value.join("; ");
  const node = el("bdi");
  appendVisibleText(node, value === null || value === undefined ? "" : String(value));
  return node;
}
function t(key) { return (state.i18n[state.lang] || state.i18n.en)[key] || state.i18n.en[key] || key; }
function typeName(name) { return state.lang === "ar" ? (state.i18n.types_ar[name] || name) : name; }
function fieldName(name) { return state.lang === "ar" ? (state.i18n.fields_ar[name] || name) : name; }

async function getJSON(url) {
  const r = await fetch(url, { headers: { Accept: "application/json" } });
  if (!r.ok) {
    let msg = `${r.status}`;
    try { const b = await r.json(); msg += " " + JSON.stringify(b.detail); } catch (_) { /* not JSON */ }
    throw new Error(`${t("error")} ${url}: ${msg}`);
  }
  return r.json();
}

// ---- query string of the current view ------------------------------------------------------------
function viewParams({ dates = true, bbox = true } = {}) {
  const p = new URLSearchParams();
  for (const name of FILTER_NAMES) {
    const v = state.filters[name];
    if (v === undefined || v === null || v === "" || (name === "min_confidence" && Number(v) === 0)) continue;
    if (!dates && (name === "date_from" || name === "date_to")) continue;
    p.set(name, v);
  }
  if (dates && state.brush) {
    const from = p.get("date_from"), to = p.get("date_to");
    p.set("date_from", from && from > state.brush[0] ? from : state.brush[0]);
    p.set("date_to", to && to < state.brush[1] ? to : state.brush[1]);
    if (p.get("date_from") > p.get("date_to")) p.set("date_to", p.get("date_from"));
  }
  if (bbox && state.bbox) p.set("bbox", state.bbox);
  return p;
}

// ---- language ----------------------------------------------------------------------------------------
function applyLanguage() {
  const root = document.documentElement;
  root.lang = state.lang;
  root.dir = state.lang === "ar" ? "rtl" : "ltr";
  document.title = t("title");
  for (const node of document.querySelectorAll("[data-i18n]")) node.textContent = t(node.dataset.i18n);
  fillTypeSelects();
  renderLegend();
  renderHeader();
  if (state.lastPage) renderTable(state.lastPage);
}

// ---- filters form ------------------------------------------------------------------------------------
function option(value, label) { const o = el("option", { value }, label); return o; }

function fillTypeSelects() {
  const form = document.getElementById("filters");
  const typeSel = form.elements.event_type, subSel = form.elements.sub_event_type;
  const curType = typeSel.value, curSub = subSel.value;
  typeSel.replaceChildren(option("", t("any")));
  for (const ty of Object.keys(state.meta.event_types)) typeSel.append(option(ty, typeName(ty)));
  typeSel.value = curType;
  subSel.replaceChildren(option("", t("any")));
  const types = curType ? [curType] : Object.keys(state.meta.event_types);
  for (const ty of types) for (const sub of state.meta.event_types[ty]) subSel.append(option(sub, typeName(sub)));
  subSel.value = [...subSel.options].some((o) => o.value === curSub) ? curSub : "";
  const cSel = form.elements.country, curC = cSel.value;
  cSel.replaceChildren(option("", t("any")));
  for (const c of state.meta.countries) if (c.key) cSel.append(option(c.key, `${c.key} (${c.events})`));
  cSel.value = curC;
  const aSel = form.elements.admin1;
  if (!aSel.options.length) aSel.append(option("", t("any")));
  else aSel.options[0].textContent = t("any");
}

async function fillAdmin1() {
  const form = document.getElementById("filters");
  const p = new URLSearchParams({ by: "admin1" });
  if (form.elements.country.value) p.set("country", form.elements.country.value);
  const data = await getJSON(`/api/aggregates?${p}`);
  const sel = form.elements.admin1, cur = sel.value;
  sel.replaceChildren(option("", t("any")));
  for (const row of data.items) if (row.key) sel.append(option(row.key, `${row.key} (${row.events})`));
  sel.value = [...sel.options].some((o) => o.value === cur) ? cur : "";
}

function readForm() {
  const form = document.getElementById("filters");
  const f = {};
  for (const name of FILTER_NAMES) f[name] = form.elements[name].value.trim();
  state.filters = f;
  state.offset = 0;
  form.elements.min_confidence_out.value = f.min_confidence || "0";
}

function setupForm() {
  const form = document.getElementById("filters");
  form.addEventListener("submit", (e) => { e.preventDefault(); readForm(); reload(); });
  form.addEventListener("reset", () => {
    setTimeout(() => { state.brush = null; readForm(); clearBrush(); fillAdmin1(); reload(); }, 0);
  });
  form.elements.event_type.addEventListener("change", () => { fillTypeSelects(); readForm(); reload(); });
  for (const name of ["country", "admin1", "sub_event_type", "date_from", "date_to"]) {
    form.elements[name].addEventListener("change", async () => {
      if (name === "country") await fillAdmin1();
      readForm(); reload();
    });
  }
  form.elements.min_confidence.addEventListener("input", () => {
    form.elements.min_confidence_out.value = form.elements.min_confidence.value;
  });
  form.elements.min_confidence.addEventListener("change", () => { readForm(); reload(); });
  form.elements.in_view.addEventListener("change", () => { updateBbox(); state.offset = 0; reload(); });
}

function renderLegend() {
  const box = document.getElementById("legend");
  box.replaceChildren();
  for (const [ty, colour] of Object.entries(TYPE_COLOURS)) {
    box.append(el("div", {}, el("span", { class: "swatch", style: { background: colour } }), typeName(ty)));
  }
}

function renderHeader() {
  const s = document.getElementById("summary");
  if (!state.lastPage) { s.textContent = ""; return; }
  const n = state.lastPoints ? state.lastPoints.total : 0;
  let text = `${state.lastPage.total} ${t("events")} · ${n} ${t("shown_on_map")}`;
  if (state.bigMode) text += ` (${t("grid")})`;
  s.textContent = text;
}

// ---- map --------------------------------------------------------------------------------------------
function clusterIcon(cluster) {
  const markers = cluster.getAllChildMarkers();
  let fat = 0;
  const byType = {};
  for (const m of markers) {
    fat += m.options.fatalities;
    byType[m.options.eventType] = (byType[m.options.eventType] || 0) + 1;
  }
  const top = Object.entries(byType).sort((a, b) => b[1] - a[1])[0][0];
  const size = Math.round(Math.min(72, 24 + 4 * Math.log2(1 + fat)));
  const div = el("div", { class: "cluster", style: {
    width: `${size}px`, height: `${size}px`, background: TYPE_COLOURS[top] || "#555" } },
  String(markers.length));
  div.title = `${markers.length} ${t("events")}, ${fat} ${t("fatalities")}`;
  return L.divIcon({ html: div, className: "", iconSize: [size, size] });
}

function newClusterGroup() {
  return L.markerClusterGroup({
    chunkedLoading: true, chunkInterval: 60, chunkDelay: 15, showCoverageOnHover: false,
    maxClusterRadius: 50, iconCreateFunction: clusterIcon, removeOutsideVisibleBounds: true,
    chunkProgress: (done, total) => {
      if (done >= total) document.getElementById("map").dataset.clustered = String(total);
    },
  });
}

async function setupMap() {
  const map = L.map("map", { worldCopyJump: true, zoomSnap: 0.5, minZoom: 2, maxZoom: 14 })
    .setView([33.5, 40], 5);
  map.attributionControl.setPrefix(false);
  map.attributionControl.addAttribution(t("attribution"));
  state.map = map;
  // Boundaries are drawn on one canvas (hundreds of polygons as SVG would slow every pan and zoom).
  const b = state.boundaries;
  const canvas = L.canvas({ padding: 0.2 });
  let features = 0;
  try {
    const world = await getJSON(b.countries);
    const countries = topojson.feature(world, world.objects.countries);
    features += countries.features.length;
    L.geoJSON(countries, {
      renderer: canvas, interactive: false,
      style: { color: "#7b8794", weight: 1, fillColor: "#f4f1e8", fillOpacity: 1 },
    }).addTo(map);
  } catch (err) { console.warn(err); }
  const admin1 = L.layerGroup().addTo(map);
  await Promise.all(Object.values(b.admin1).map(async (file) => {
    try {
      const topo = await getJSON(`/vendor/admin1/${file}`);  // TopoJSON, one object: the provinces
      const geo = topojson.feature(topo, topo.objects[Object.keys(topo.objects)[0]]);
      features += geo.features.length;
      L.geoJSON(geo, { renderer: canvas, interactive: false,
        style: { color: "#a3abb5", weight: 0.6, dashArray: "3 3", fill: false } }).addTo(admin1);
    } catch (err) { console.warn(err); }
  }));
  document.getElementById("map").dataset.boundaries = String(features);
  state.cluster = newClusterGroup().addTo(map);
  map.on("moveend", () => {
    if (document.getElementById("filters").elements.in_view.checked) {
      updateBbox(); state.offset = 0; reload({ map: state.bigMode });
    } else if (state.bigMode && !state.fitting) refreshBigView(state.loadSeq);
  });
}

function updateBbox() {
  if (!document.getElementById("filters").elements.in_view.checked) { state.bbox = null; return; }
  const b = state.map.getBounds();
  const c = (v, lo, hi) => Math.min(hi, Math.max(lo, v)).toFixed(4);
  state.bbox = [c(b.getWest(), -180, 180), c(b.getSouth(), -90, 90), c(b.getEast(), -180, 180),
    c(b.getNorth(), -90, 90)].join(",");
}

async function renderPoints(data, seq) {
  // Markers are made in slices, yielding to the browser between them, so that 100,000 events
  // never freeze the page; the cluster layer then adds them in its own chunks.
  const mapBox = document.getElementById("map");
  const markers = [];
  const slice = 5000;
  for (let i = 0; i < data.points.length; i += slice) {
    for (const [id, lat, lon, typeIdx, fat] of data.points.slice(i, i + slice)) {
      const type = data.types[typeIdx] || "";
      const m = L.circleMarker([lat, lon], {
        radius: 5 + 2.5 * Math.log2(1 + fat), color: "#fff", weight: 1, fillOpacity: 0.9,
        fillColor: TYPE_COLOURS[type] || "#555", eventId: id, eventType: type, fatalities: fat,
      });
      m.on("click", () => openEvent(id));
      markers.push(m);
    }
    if (data.points.length > slice) await new Promise((resolve) => setTimeout(resolve, 0));
    if (seq !== state.loadSeq) return;
  }
  // a fresh cluster layer: dropping the old one is instant, clearing 100,000 markers is not
  state.map.removeLayer(state.cluster);
  state.cluster = newClusterGroup().addTo(state.map);
  delete mapBox.dataset.clustered;
  mapBox.dataset.markers = String(markers.length);
  if (!markers.length) mapBox.dataset.clustered = "0";
  state.cluster.addLayers(markers);
  if (!state.fitted && markers.length) {
    state.fitted = true;
    const bounds = L.latLngBounds(data.points.map((p) => [p[1], p[2]]));
    state.map.fitBounds(bounds, { padding: [30, 30], maxZoom: 8 });
  }
}

function viewBbox() {
  const b = state.map.getBounds();
  const c = (v, lo, hi) => Math.min(hi, Math.max(lo, v)).toFixed(4);
  return [c(b.getWest(), -180, 180), c(b.getSouth(), -90, 90), c(b.getEast(), -180, 180),
    c(b.getNorth(), -90, 90)].join(",");
}

async function refreshBigView(seq) {
  // Too many events for the browser: the events in the map view if they are few enough, else a grid.
  const p = viewParams();
  p.set("bbox", viewBbox());
  p.set("limit", String(POINT_LIMIT));
  p.set("overflow", "none");
  const mapBox = document.getElementById("map");
  const points = await getJSON(`/api/points?${p}`);
  if (seq !== state.loadSeq) return;
  if (!points.truncated) {
    mapBox.dataset.mode = "points";
    await renderPoints(points, seq);
    return;
  }
  p.delete("limit");
  p.delete("overflow");
  p.set("zoom", String(Math.round(state.map.getZoom())));
  const grid = await getJSON(`/api/grid?${p}`);
  if (seq !== state.loadSeq) return;
  mapBox.dataset.mode = "grid";
  renderGrid(grid);
}

function renderGrid(grid) {
  const mapBox = document.getElementById("map");
  state.map.removeLayer(state.cluster);
  state.cluster = L.layerGroup().addTo(state.map);
  for (const [lat, lon, n, fat, typeIdx, eventId] of grid.cells) {
    const type = grid.types[typeIdx] || "";
    if (n === 1 && eventId) {
      const m = L.circleMarker([lat, lon], { radius: 5 + 2.5 * Math.log2(1 + fat), color: "#fff", weight: 1,
        fillOpacity: 0.9, fillColor: TYPE_COLOURS[type] || "#555" });
      m.on("click", () => openEvent(eventId));
      state.cluster.addLayer(m);
      continue;
    }
    const size = Math.round(Math.min(72, 24 + 4 * Math.log2(1 + fat)));
    const div = el("div", { class: "cluster", style: {
      width: `${size}px`, height: `${size}px`, background: TYPE_COLOURS[type] || "#555" } }, String(n));
    div.title = `${n} ${t("events")}, ${fat} ${t("fatalities")}`;
    const icon = L.divIcon({ html: div, className: "", iconSize: [size, size] });
    const m = L.marker([lat, lon], { icon, keyboard: false });
    m.on("click", () => state.map.setView([lat, lon], Math.min(state.map.getMaxZoom(), state.map.getZoom() + 2)));
    state.cluster.addLayer(m);
  }
  mapBox.dataset.markers = String(grid.total);
  mapBox.dataset.clustered = String(grid.total);
}

// ---- timeline (brushable) ----------------------------------------------------------------------------
function dayToSec(day) { return Date.parse(`${day}T00:00:00Z`) / 1000; }
function secToDay(sec) { return new Date(sec * 1000).toISOString().slice(0, 10); }

function renderTimeline(data) {
  const rows = data.items.filter((r) => r.key);
  const box = document.getElementById("timeline");
  const xs = [], evs = [], fats = [];
  if (rows.length) {
    const byDay = new Map(rows.map((r) => [r.key, r]));
    let sec = dayToSec(rows[0].key);
    const end = dayToSec(rows[rows.length - 1].key);
    const step = 86400;
    const maxDays = 20000;
    for (let i = 0; sec <= end && i < maxDays; sec += step, i++) {
      const r = byDay.get(secToDay(sec));
      xs.push(sec); evs.push(r ? r.events : 0); fats.push(r ? r.fatalities : 0);
    }
  }
  state.plotDays = xs;
  const width = Math.max(300, box.clientWidth || 800);
  if (state.plot) { state.plot.destroy(); state.plot = null; }
  box.replaceChildren();
  box.dataset.days = String(xs.length);
  if (!xs.length) return;
  const opts = {
    width, height: 150,
    cursor: { drag: { x: true, y: false, setScale: false } },
    select: { show: true },
    legend: { show: true },
    scales: { x: { time: true, range: (u, lo, hi) => [lo - 43200, hi + 43200] },
      ev: { auto: true }, fat: { auto: true } },
    series: [
      { label: t("day"), value: (u, v) => (v === null || v === undefined ? "--" : secToDay(v)) },
      { label: t("events"), scale: "ev", stroke: "#1d2f45", fill: "rgba(29,47,69,0.25)", width: 1,
        paths: uPlot.paths.bars({ size: [0.9, 40] }), points: { show: false } },
      { label: t("fatalities"), scale: "fat", stroke: "#c0392b", width: 1.5, points: { show: false } },
    ],
    axes: [{ space: 70, values: (u, splits) => splits.map(secToDay) }, { scale: "ev", size: 50 }, { scale: "fat", side: 1, size: 56, grid: { show: false } }],
    hooks: { setSelect: [(u) => {
      if (u.select.width < 2) return;
      const days = state.plotDays;
      const snap = (v) => Math.min(days[days.length - 1], Math.max(days[0], Math.round(v / 86400) * 86400));
      const from = secToDay(snap(u.posToVal(u.select.left, "x")));
      const to = secToDay(snap(u.posToVal(u.select.left + u.select.width, "x")));
      setBrush(from, to);
    }] },
  };
  state.plot = new uPlot(opts, [xs, evs, fats], box);
  if (state.brush) drawBrush();
}

function drawBrush() {
  const u = state.plot;
  if (!u || !state.brush) return;
  const left = u.valToPos(dayToSec(state.brush[0]), "x");
  const right = u.valToPos(dayToSec(state.brush[1]), "x");
  u.setSelect({ left, width: Math.max(2, right - left), top: 0, height: u.bbox.height / devicePixelRatio }, false);
}

function setBrush(from, to) {
  state.brush = from <= to ? [from, to] : [to, from];
  state.offset = 0;
  document.getElementById("clear-brush").hidden = false;
  document.getElementById("timeline").dataset.brush = state.brush.join("/");
  reload({ timeline: false });
}

function clearBrush() {
  state.brush = null;
  document.getElementById("clear-brush").hidden = true;
  delete document.getElementById("timeline").dataset.brush;
  if (state.plot) state.plot.setSelect({ left: 0, width: 0, top: 0, height: 0 }, false);
}

// ---- table -------------------------------------------------------------------------------------------
function renderTableHead() {
  const tr = document.querySelector("#events thead tr");
  tr.replaceChildren();
  for (const [field, sortKey] of COLUMNS) {
    const th = el("th", { dataset: { field } }, t(`col_${field}`));
    if (sortKey) {
      th.classList.add("sortable");
      if (state.order === sortKey) th.setAttribute("aria-sort", "ascending");
      if (state.order === `-${sortKey}`) th.setAttribute("aria-sort", "descending");
      const sortBy = () => {
        state.order = state.order === `-${sortKey}` ? sortKey : `-${sortKey}`;
        state.offset = 0;
        reload({ map: false, timeline: false });
      };
      th.tabIndex = 0;
      th.addEventListener("click", sortBy);
      th.addEventListener("keydown", (e) => { if (e.key === "Enter") sortBy(); });
    }
    tr.append(th);
  }
}

function renderTable(page) {
  state.lastPage = page;
  renderTableHead();
  const body = document.querySelector("#events tbody");
  body.replaceChildren();
  if (!page.items.length) {
    body.append(el("tr", {}, el("td", { colspan: String(COLUMNS.length), class: "muted" }, t("no_events"))));
  }
  for (const ev of page.items) {
    const tr = el("tr", { dataset: { eventId: ev.event_id } });
    for (const [field] of COLUMNS) {
      let value = ev[field];
      if (field === "event_type" || field === "sub_event_type") value = typeName(value);
      if (field === "confidence" && typeof value === "number") value = value.toFixed(2);
      const td = el("td", { dataset: { field } });
      if (field === "event_type") {
        td.append(el("span", { class: "type-dot", style: { background: TYPE_COLOURS[ev.event_type] || "#555" } }));
      }
      td.append(dataText(value));
      tr.append(td);
    }
    tr.tabIndex = 0;
    tr.addEventListener("click", () => openEvent(ev.event_id));
    tr.addEventListener("keydown", (e) => { if (e.key === "Enter" || e.key === " ") { e.preventDefault(); openEvent(ev.event_id); } });
    body.append(tr);
  }
  const from = page.total ? page.offset + 1 : 0;
  document.getElementById("page-info").textContent =
    `${from}–${page.offset + page.items.length} ${t("of")} ${page.total}`;
  document.getElementById("prev").disabled = page.offset === 0;
  document.getElementById("next").disabled = page.offset + page.items.length >= page.total;
  renderHeader();
}

// ---- event view --------------------------------------------------------------------------------------
function spansFor(ev, articleId) {
  const out = [];
  for (const [field, spans] of Object.entries(ev.evidence || {})) {
    for (const sp of spans || []) {
      const aid = sp.article_id || ev.article_id;
      if (aid !== articleId) continue;
      if (Number.isInteger(sp.start) && Number.isInteger(sp.end) && sp.end > sp.start) {
        out.push({ field, start: sp.start, end: sp.end });
      }
    }
  }
  return out;
}

function appendVisibleText(parent, text) {
  // Bidi control characters are shown as a marker (CSS, from a data attribute) instead of acting on the page.
  let buf = "";
  for (const ch of text) {
    if (BIDI_CONTROLS.test(ch)) {
      if (buf) { parent.append(document.createTextNode(buf)); buf = ""; }
      const cp = ch.codePointAt(0).toString(16).toUpperCase().padStart(4, "0");
      parent.append(el("span", { class: "bidi-ctrl", dataset: { cp: `U+${cp}` } }));
    } else buf += ch;
  }
  if (buf) parent.append(document.createTextNode(buf));
}

function renderHighlighted(container, text, spans) {
  // Offsets are code points into the original text (Python str indices), not UTF-16 units.
  const cps = Array.from(text);
  const n = cps.length;
  const cuts = new Set([0, n]);
  for (const s of spans) { cuts.add(Math.min(n, s.start)); cuts.add(Math.min(n, s.end)); }
  const points = [...cuts].sort((a, b) => a - b);
  for (let i = 0; i < points.length - 1; i++) {
    const a = points[i], b = points[i + 1];
    const segment = cps.slice(a, b).join("");
    const covering = spans.filter((s) => s.start <= a && s.end >= b);
    if (!covering.length) { appendVisibleText(container, segment); continue; }
    const fields = [...new Set(covering.map((s) => s.field))];
    const mark = el("mark", { dataset: { fields: fields.join(" "), start: String(a), end: String(b) } });
    mark.title = fields.map(fieldName).join(", ");
    const colours = fields.map((f) => FIELD_COLOURS[f] || "#ddd");
    mark.style.background = colours.length > 1
      ? `linear-gradient(${colours.join(", ")})` : colours[0];
    appendVisibleText(mark, segment);
    container.append(mark);
  }
}

function showEvidence(field) {
  const marks = [...document.querySelectorAll("#ev-articles mark")]
    .filter((m) => m.dataset.fields.split(" ").includes(field));
  for (const m of document.querySelectorAll("#ev-articles mark.flash")) m.classList.remove("flash");
  if (!marks.length) return;
  marks[0].scrollIntoView({ block: "center" });
  for (const m of marks) m.classList.add("flash");
}

async function openEvent(id) {
  const dialog = document.getElementById("event-view");
  const fields = document.querySelector("#ev-fields tbody");
  const arts = document.getElementById("ev-articles");
  const sources = document.getElementById("ev-sources");
  fields.replaceChildren(); arts.replaceChildren(el("p", { class: "muted" }, t("loading"))); sources.replaceChildren();
  dialog.dataset.eventId = id;
  if (!dialog.open) dialog.showModal();
  let ev;
  try { ev = await getJSON(`/api/events/${encodeURIComponent(id)}`); } catch (err) {
    arts.replaceChildren(el("p", {}, String(err.message))); return;
  }
  document.getElementById("ev-title").textContent = `${t("event")} ${ev.event_id}`;
  for (const name of EVENT_FIELDS) {
    let value = ev[name];
    if (value === undefined) continue;
    if (name === "event_type" || name === "sub_event_type") value = typeName(value);
    const hasEv = Boolean((ev.evidence || {})[name] && ev.evidence[name].length);
    const swatch = hasEv ? el("span", { class: "swatch", style: { background: FIELD_COLOURS[name] || "#ddd" } }) : null;
    const tr = el("tr", { dataset: { field: name }, class: hasEv ? "has-evidence" : "" },
      el("td", { class: "name" }, swatch, " ", fieldName(name)), el("td", {}, dataText(value)));
    if (hasEv) {  // a field with evidence: click it to bring its words into view
      tr.tabIndex = 0;
      const show = () => showEvidence(name);
      tr.addEventListener("click", show);
      tr.addEventListener("keydown", (e) => { if (e.key === "Enter") show(); });
    }
    fields.append(tr);
  }
  for (const s of ev.sources || []) {
    const src = typeof s === "string" ? { article_id: s } : s;
    sources.append(el("li", { dataset: { articleId: src.article_id } },
      dataText(src.outlet || "—"), " · ", dataText(src.published || ""), " · ", dataText(src.article_id),
      src.reason ? el("span", { class: "muted" }, ` (${t("reason")}: `, dataText(src.reason), ")") : null));
  }
  arts.replaceChildren();
  if (!(ev.articles || []).length) arts.append(el("p", { class: "muted" }, t("no_text")));
  for (const art of ev.articles || []) {
    const meta = el("div", { class: "meta" }, el("strong", {}, dataText(art.outlet || "—")), " · ",
      dataText(art.published || ""), " · ", dataText(art.id));
    if (art.url) meta.append(" · ", dataText(art.url));
    const textBox = el("div", { class: "text", dir: "rtl", lang: "ar", dataset: { articleId: art.id } });
    renderHighlighted(textBox, art.evidence_text || art.text || "", spansFor(ev, art.id));
    arts.append(el("div", { class: "article" }, meta, textBox));
  }
  dialog.dataset.ready = "1";
}

// ---- loading -----------------------------------------------------------------------------------------
function updateExportLinks() {
  const p = viewParams();
  p.set("order", state.order);
  document.getElementById("export-csv").href = `/api/export.csv?${p}`;
  document.getElementById("export-geojson").href = `/api/export.geojson?${p}`;
}

async function reload({ map = true, timeline = true } = {}) {
  const seq = ++state.loadSeq;
  updateExportLinks();
  const view = viewParams();
  const pageParams = new URLSearchParams(view);
  pageParams.set("limit", String(PAGE));
  pageParams.set("offset", String(state.offset));
  pageParams.set("order", state.order);
  const jobs = [getJSON(`/api/events?${pageParams}`)];
  const pointParams = new URLSearchParams(view);
  pointParams.set("limit", String(POINT_LIMIT));
  pointParams.set("overflow", "none");
  jobs.push(map ? getJSON(`/api/points?${pointParams}`) : Promise.resolve(null));
  if (timeline) {
    const tp = viewParams({ dates: false });
    tp.set("by", "day");
    jobs.push(getJSON(`/api/aggregates?${tp}`));
  } else jobs.push(Promise.resolve(null));
  document.body.dataset.loading = "1";
  try {
    const [page, points, days] = await Promise.all(jobs);
    if (seq !== state.loadSeq) return;
    renderTable(page);
    if (days) renderTimeline(days);
    if (points) { state.lastPoints = points; renderHeader(); }
    if (points && points.truncated) {
      state.bigMode = true;
      renderHeader();
      if (!state.fitted) {  // fit the map to every event, from a coarse grid of them all
        const g = await getJSON(`/api/grid?${new URLSearchParams({ ...Object.fromEntries(view), zoom: "3" })}`);
        if (seq !== state.loadSeq) return;
        state.fitted = true;
        if (g.cells.length) {
          state.fitting = true;
          state.map.fitBounds(L.latLngBounds(g.cells.map((c) => [c[0], c[1]])),
            { padding: [30, 30], maxZoom: 8, animate: false });
          state.fitting = false;
        }
      }
      await refreshBigView(seq);
    } else if (points) {
      state.bigMode = false;
      renderHeader();
      document.getElementById("map").dataset.mode = "points";
      await renderPoints(points, seq);
    }
  } catch (err) {
    document.getElementById("summary").textContent = String(err.message);
  } finally {
    if (seq === state.loadSeq) document.body.dataset.loading = "";
  }
}

async function main() {
  const params = new URLSearchParams(location.search);
  [state.i18n, state.boundaries, state.meta] = await Promise.all([
    getJSON("/static/i18n.json"), getJSON("/static/boundaries.json"), getJSON("/api/meta")]);
  state.lang = params.get("lang") === "ar" || localStorage.getItem("marsad.lang") === "ar" ? "ar" : "en";
  if (params.get("lang") === "en") state.lang = "en";
  applyLanguage();
  setupForm();
  await fillAdmin1();
  document.getElementById("lang").addEventListener("click", () => {
    state.lang = state.lang === "ar" ? "en" : "ar";
    localStorage.setItem("marsad.lang", state.lang);
    applyLanguage();
    if (state.plot) reload({ map: false });
  });
  document.getElementById("clear-brush").addEventListener("click", () => { clearBrush(); reload({ timeline: false }); });
  document.getElementById("prev").addEventListener("click", () => {
    state.offset = Math.max(0, state.offset - PAGE); reload({ map: false, timeline: false });
  });
  document.getElementById("next").addEventListener("click", () => {
    state.offset += PAGE; reload({ map: false, timeline: false });
  });
  document.getElementById("ev-close").addEventListener("click", () => document.getElementById("event-view").close());
  await setupMap();
  readForm();
  await reload();
  document.body.dataset.ready = "1";
}

main().catch((err) => {
  document.getElementById("summary").textContent = String(err && err.message ? err.message : err);
});
