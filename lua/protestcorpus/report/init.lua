--- protestcorpus.report: one self-contained HTML page of the analyses.
--
--     local html = report.build({ events = events, voices = voices_table, documents = n,
--                                 title = "..." }, { max_events = 1000 })
--
-- The page: summary figures; events over time with their crowd figures by source
-- (report.svg.timeline); events per place; top organizers and co-organizing pairs; claims
-- over time (a claims x months grid); the organizers' and police figures side by side;
-- the most quoted speakers; the list of events, each row linking to its evidence
-- sentences (anchors holding the sentence text, or where the input had no text, the
-- document and byte offsets). Self-contained: inline CSS, SVG drawn here, no script, no
-- external resource of any kind, and a Content-Security-Policy meta tag
-- (default-src 'none'; style-src 'unsafe-inline'; img-src data:) so that a browser would
-- refuse one anyway. Every text from the records is escaped. @media print styles make it
-- print on A4/Letter without the navigation. Deterministic: same input, same bytes.
-- opts.max_events (default 1000) caps the rows of the event list (the largest events by
-- documents then figure first, listed by date); charts use every event.
-- Pure Lua within the syntax LuaJIT accepts; never requires the C module.
local C = require "protestcorpus.analyses.common"
local analyses = require "protestcorpus.analyses"
local svg = require "protestcorpus.report.svg"
local fixed = require("protestcorpus.records").fixed

local M = {}

local esc, count = svg.escape, svg.count

M.CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:"

M.CSS = [[
:root { --ink: #222; --muted: #666; --line: #ddd; --accent: #4c78a8; --bg: #fff; }
* { box-sizing: border-box; }
body { margin: 0; background: #f4f5f7; color: var(--ink);
  font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "DejaVu Sans", "Liberation Sans", sans-serif; }
header { background: #1f3b57; color: #fff; padding: 28px 40px 22px; }
header h1 { margin: 0 0 4px; font-size: 26px; font-weight: 600; }
header p { margin: 0; color: #c9d6e3; }
nav { background: #fff; border-bottom: 1px solid var(--line); padding: 8px 40px; position: sticky; top: 0; z-index: 1; }
nav a { color: var(--accent); text-decoration: none; margin-right: 18px; font-size: 14px; }
main { max-width: 1200px; margin: 0 auto; padding: 20px 40px 60px; }
section { background: var(--bg); border: 1px solid var(--line); border-radius: 6px; padding: 18px 24px;
  margin: 18px 0; }
h2 { font-size: 19px; margin: 0 0 4px; font-weight: 600; }
.note { color: var(--muted); font-size: 13px; margin: 0 0 12px; }
.cards { display: grid; grid-template-columns: repeat(auto-fit, minmax(150px, 1fr)); gap: 12px; }
.card { border: 1px solid var(--line); border-radius: 6px; padding: 10px 14px; background: #fafbfc; }
.card b { display: block; font-size: 24px; font-weight: 600; }
.card span { color: var(--muted); font-size: 13px; }
svg.chart { max-width: 100%; height: auto; display: block; margin: 6px 0 10px; }
table { border-collapse: collapse; width: 100%; font-size: 13.5px; }
th, td { text-align: left; padding: 5px 8px; border-bottom: 1px solid var(--line); vertical-align: top; }
th { font-weight: 600; background: #f2f4f7; }
td.d { white-space: nowrap; }
td.n, th.n { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
.two { display: grid; grid-template-columns: 1fr 1fr; gap: 24px; }
.src-organizers { color: #b04a00; } .src-police { color: #1b7f6b; } .src-other { color: #5a50a0; }
a { color: var(--accent); }
a.ev { font-size: 12px; margin-right: 4px; }
.evidence dt { font-weight: 600; margin-top: 12px; }
.evidence dd { margin: 4px 0 4px 18px; padding: 6px 10px; border-left: 3px solid var(--line); }
.evidence dd:target, tr:target { background: #fff4cc; }
.evidence .where { color: var(--muted); font-size: 12px; display: block; }
blockquote { margin: 0; font-style: italic; }
footer { color: var(--muted); font-size: 12px; text-align: center; padding: 20px; }
@media (max-width: 800px) {
  .two { grid-template-columns: 1fr; }
  main, nav, header { padding-left: 14px; padding-right: 14px; }
}
@media print {
  @page { margin: 14mm; }
  body { background: #fff; font-size: 11pt; }
  header { background: none; color: #000; padding: 0 0 8px; border-bottom: 2px solid #000; }
  header p { color: #333; }
  nav { display: none; }
  main { max-width: none; padding: 0; }
  section { border: none; padding: 0; margin: 14px 0; break-inside: auto; }
  h2 { break-after: avoid; }
  svg.chart, table tr, .card, .evidence dd { break-inside: avoid; }
  a { color: inherit; text-decoration: none; }
  th { background: #eee; }
  .two { grid-template-columns: 1fr 1fr; }
}
]]

local function list(v)
  return table.concat(C.strings(v), ", ")
end

local function sort_events(events)
  local out = {}
  for i, ev in ipairs(C.events(events)) do
    out[#out + 1] = { ev = ev, id = C.event_id(ev, i), day = C.period(ev.date, "day") }
  end
  local undated = C.UNDATED
  table.sort(out, function(a, b)
    local x, y = a.day, b.day
    if x ~= y then
      if x == undated then return false end
      if y == undated then return true end
      return x < y
    end
    return a.id < b.id
  end)
  return out
end

-- The rows shown in the event list: all when they fit, else the max most reported.
local function shown(sorted, max)
  if #sorted <= max then return sorted end
  local rank = {}
  for i, e in ipairs(sorted) do
    local v = C.view(e.ev)
    e.ndocs, e.top = #v.docs, v.largest and v.largest.value or -1
    rank[i] = e
  end
  table.sort(rank, function(a, b)
    if a.ndocs ~= b.ndocs then return a.ndocs > b.ndocs end
    if a.top ~= b.top then return a.top > b.top end
    return a.id < b.id
  end)
  local keep = {}
  for i = 1, max do keep[rank[i]] = true end
  local out = {}
  for _, e in ipairs(sorted) do if keep[e] then out[#out + 1] = e end end
  return out
end

local function figures_cell(ev)
  local parts = {}
  for _, f in ipairs(C.figures(ev)) do
    local kind = (f.source == "organizers" or f.source == "police") and f.source or "other"
    parts[#parts + 1] = string.format('<span class="src-%s" title="%s">%s</span> <small>(%s)</small>', kind,
      esc(f.doc or ""), esc(f.text or count(f.value)), esc(f.source))
  end
  return table.concat(parts, "<br>")
end

-- A ratio with two significant digits or so: 25×, 2.2×, 0.39×, 0.0050×.
local function ratio_text(r)
  if not r then return "" end
  if r >= 10 then return fixed(r, 0) .. "×" end
  if r >= 1 then return fixed(r, 1) .. "×" end
  if r >= 1e-4 then
    local decimals, t = 1, r -- two significant digits, as %.2g would give but rounded alike
    while t < 1 do t, decimals = t * 10, decimals + 1 end
    return fixed(r, decimals) .. "×"
  end
  return (string.format("%.2g", r):gsub("e%-0*(%d+)", "e-%1")) .. "×"
end

local function section(out, id, title, note)
  out[#out + 1] = string.format('<section id="%s"><h2>%s</h2>', id, esc(title))
  if note then out[#out + 1] = '<p class="note">' .. esc(note) .. "</p>" end
end

-- numeric[j]: true (right-aligned numbers) or "d" (a date or figures: never wrapped).
local function table_html(out, head, rows, numeric)
  out[#out + 1] = "<table><thead><tr>"
  for j, h in ipairs(head) do
    out[#out + 1] = string.format("<th%s>%s</th>", numeric[j] == true and ' class="n"' or "", esc(h))
  end
  out[#out + 1] = "</tr></thead><tbody>"
  for _, r in ipairs(rows) do
    out[#out + 1] = "<tr>"
    for j = 1, #head do
      local class = numeric[j] == "d" and ' class="d"' or (numeric[j] and ' class="n"' or "")
      out[#out + 1] = string.format("<td%s>%s</td>", class, r[j] or "")
    end
    out[#out + 1] = "</tr>"
  end
  out[#out + 1] = "</tbody></table>"
end

local function top(rows, n)
  local out = {}
  for i = 1, math.min(n, #rows) do out[i] = rows[i] end
  return out
end

-- The document head and the opening <body>.
local function head_html(out, title)
  out[#out + 1] = "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
  out[#out + 1] = '<meta http-equiv="Content-Security-Policy" content="' .. esc(M.CSP) .. '">'
  out[#out + 1] = '<meta name="viewport" content="width=device-width, initial-scale=1">'
  out[#out + 1] = "<title>" .. esc(title) .. "</title><style>" .. M.CSS .. "</style></head><body>"
end

-- The page header (counts and the dated span of the events) and the navigation bar.
local function header_html(out, title, data, n_events, sorted)
  local first, last
  for _, e in ipairs(sorted) do
    if e.day ~= C.UNDATED then
      first = first or e.ev.date
      last = e.ev.date
    end
  end
  out[#out + 1] = "<header><h1>" .. esc(title) .. "</h1><p>"
    .. esc(("%d events from %d documents%s"):format(n_events, data.documents or 0,
      first and (", " .. first .. " to " .. last) or ""))
    .. (data.inputs and (" · " .. esc(data.inputs)) or "") .. "</p></header>"
  out[#out + 1] = '<nav><a href="#summary">Summary</a><a href="#time">Over time</a><a href="#places">Places</a>'
    .. '<a href="#organizers">Organizers</a><a href="#claims">Claims</a><a href="#figures">Crowd figures</a>'
    .. '<a href="#voices">Voices</a><a href="#events">Events</a><a href="#evidence">Evidence</a></nav><main>'
end

-- The summary cards: counts and the largest crowd any event reports.
local function summary_section(out, events, data, places, orgs)
  local biggest
  for _, ev in ipairs(events) do
    local f = C.largest(ev)
    if f and (not biggest or f.value > biggest.value) then biggest = f end
  end
  local n_fig = 0
  for _, ev in ipairs(events) do if C.largest(ev) then n_fig = n_fig + 1 end end
  section(out, "summary", "Summary")
  out[#out + 1] = '<div class="cards">'
  for _, c in ipairs({
    { count(#events), "events" }, { count(data.documents or 0), "documents" },
    { count(#places.rows), "places" }, { count(#orgs.rows), "organizers named" },
    { count(n_fig), "events with a crowd figure" },
    { biggest and count(biggest.value, biggest.value >= 1e6) or "–", "largest reported crowd" },
  }) do
    out[#out + 1] = string.format('<div class="card"><b>%s</b><span>%s</span></div>', esc(c[1]), esc(c[2]))
  end
  out[#out + 1] = "</div></section>"
end

-- The timeline chart (svg.timeline) and its legend.
local function time_section(out, events)
  local chart, unit = svg.timeline(events, { title = "Events over time and their crowd figures" })
  section(out, "time", "Events over time",
    "Top: each event's crowd figures by who gave them (log scale); a vertical line joins figures that "
    .. "disagree; hollow marks are events dated only to the month. Bottom: events per "
    .. (unit or "period") .. ".")
  out[#out + 1] = chart .. "</section>"
end

-- Events per place: the 20 first places as bars, noted with their largest crowd.
local function places_section(out, places)
  section(out, "places", "Events per place", "Places named by the events (an event in several places counts "
    .. "for each); the note is the largest crowd reported about that place.")
  local items = {}
  for _, r in ipairs(top(places.rows, 20)) do
    items[#items + 1] = { label = r.place, value = r.events,
      note = r.largest
        and ("largest crowd " .. (r.largest_text or count(r.largest)) .. " (" .. r.largest_source .. ")") }
  end
  out[#out + 1] = (#items > 0 and svg.bars(items, { title = "Events per place", unit = "events", unit1 = "event" })
    or '<p class="note">No places.</p>') .. "</section>"
end

-- The 15 first organizers as bars, then the 10 first pairs that organize together.
local function organizers_section(out, orgs, pairs_t)
  section(out, "organizers", "Top organizers", "Organizations named as calling or leading the events.")
  local items = {}
  for _, r in ipairs(top(orgs.rows, 15)) do
    items[#items + 1] = { label = r.organizer, value = r.events, note = table.concat(r.actor_types, ", ") }
  end
  out[#out + 1] = #items > 0 and svg.bars(items, { title = "Events per organizer", unit = "events", unit1 = "event" })
    or '<p class="note">No organizer is named.</p>'
  if #pairs_t.rows > 0 then
    out[#out + 1] = "<h3>Organizing together</h3>"
    local rows = {}
    for _, r in ipairs(top(pairs_t.rows, 10)) do
      rows[#rows + 1] = { esc(r.organizer_a), esc(r.organizer_b), tostring(r.events) }
    end
    table_html(out, { "organizer", "with", "events" }, rows, { false, false, true })
  end
  out[#out + 1] = "</section>"
end

-- Claims per month as a heat map: the 20 most frequent claims, the last 36 months.
local function claims_section(out, events)
  section(out, "claims", "Claims over time", "Events per claim and month (an event with several claims counts "
    .. "under each).")
  local cm = analyses.claims.by_month(events).rows
  local tot = analyses.claims.totals(events).rows
  local months, mset, cells = {}, {}, {}
  for _, r in ipairs(cm) do
    if not mset[r.period] then
      mset[r.period] = true
      months[#months + 1] = r.period
    end
    cells[r.claim .. "\0" .. r.period] = r.events
  end
  local claim_rows = {}
  for _, r in ipairs(top(tot, 20)) do claim_rows[#claim_rows + 1] = r.claim end
  if #months > 36 then -- keep the last 36 months
    local keep = {}
    for i = #months - 35, #months do keep[#keep + 1] = months[i] end
    months = keep
    out[#out + 1] = '<p class="note">The last 36 months.</p>'
  end
  out[#out + 1] = (#claim_rows > 0 and svg.heatmap(claim_rows, months, function(r, c)
    return cells[r .. "\0" .. c] end, { title = "Claims per month" }) or '<p class="note">No claims.</p>')
    .. "</section>"
end

-- Organizers' and police figures side by side, with their ratio (50 first events).
local function figures_section(out, figs)
  section(out, "figures", "Crowd figures: organizers and police",
    "For each event with a figure from its organizers or from the police, the largest each gave, and "
    .. "their ratio where both exist.")
  local rows = {}
  for _, r in ipairs(top(figs.rows, 50)) do
    rows[#rows + 1] = { esc(r.date or ""), esc(table.concat(r.places, ", ")),
      r.organizers
        and ('<span class="src-organizers">' .. esc(r.organizers_text or count(r.organizers)) .. "</span>") or "",
      r.police and ('<span class="src-police">' .. esc(r.police_text or count(r.police)) .. "</span>") or "",
      ratio_text(r.ratio) }
  end
  if #rows > 0 then
    table_html(out, { "date", "places", "organizers said", "police said", "ratio" }, rows,
      { "d", false, true, true, true })
  else
    out[#out + 1] = '<p class="note">No event has a figure from its organizers or the police.</p>'
  end
  out[#out + 1] = "</section>"
end

-- The 15 most quoted speakers: bars, then a table with their longest quotation.
local function voices_section(out, voices)
  section(out, "voices", "Most quoted speakers", "Quotations attributed to each speaker, their organizations "
    .. "(named in their role or in the same sentence) and the events told by the documents quoting them.")
  local vrows = voices and voices.rows or {}
  if #vrows > 0 then
    local items = {}
    for _, r in ipairs(top(vrows, 15)) do
      items[#items + 1] = { label = r.speaker, value = r.quotes, note = table.concat(r.organizations, ", "),
        color = r.kind == "ORG" and "#7a9cc6" or nil }
    end
    out[#out + 1] = svg.bars(items, { title = "Quotations per speaker", unit = "quotes", unit1 = "quote" })
    local rows = {}
    for _, r in ipairs(top(vrows, 15)) do
      rows[#rows + 1] = { esc(r.speaker), esc(table.concat(r.organizations, ", ")), tostring(r.quotes),
        tostring(r.events), "<blockquote>" .. esc(r.sample or "") .. "</blockquote>" }
    end
    table_html(out, { "speaker", "organizations", "quotes", "events", "longest quotation" }, rows,
      { false, false, true, true, false })
  else
    out[#out + 1] = '<p class="note">No attributed quotations in the input.</p>'
  end
  out[#out + 1] = "</section>"
end

-- One row of the event table (the i-th shown event e) and its evidence sentences,
-- each linked as #e<i>-s<k> to the evidence section.
local function event_row(i, e)
  local ev = e.ev
  local links = {}
  local sents = {}
  for _, s in ipairs(C.list(ev.evidence)) do
    if type(s) == "table" then sents[#sents + 1] = s end
  end
  for k = 1, #sents do
    links[#links + 1] = string.format('<a class="ev" href="#e%d-s%d">%d</a>', i, k, k)
  end
  local row = {
    string.format('<span id="e%d" title="%s">%s</span>', i, esc(e.id), esc(C.view(ev).date or "undated")),
    esc(list(ev.places)), esc(list(ev.organizers) ~= "" and list(ev.organizers) or (C.str(ev.organizers_text) or "")),
    esc((C.view(ev).actor_type or "") .. (#C.view(ev).forms > 0 and (" · " .. list(ev.forms)) or "")),
    esc(list(ev.claims)), figures_cell(ev), tostring(#C.view(ev).docs),
    #links > 0 and table.concat(links, " ") or "" }
  return row, sents
end

-- The event table (at most max rows, the most reported); returns the evidence to list:
-- { i = row number, e = sorted event, sents = its evidence sentences } per row.
local function events_section(out, sorted, max)
  local rows_shown = shown(sorted, max)
  section(out, "events", "Events", #rows_shown < #sorted
    and ("The %d most reported of %d events, by date."):format(#rows_shown, #sorted)
    or "Every event, by date. The numbers link to the sentences that tell it.")
  local rows = {}
  local evidence = {}
  for i, e in ipairs(rows_shown) do
    local row, sents = event_row(i, e)
    evidence[#evidence + 1] = { i = i, e = e, sents = sents }
    rows[#rows + 1] = row
  end
  if #rows > 0 then
    table_html(out, { "date", "places", "organizers", "who · form", "claims", "participants", "docs", "evidence" },
      rows, { "d", false, false, false, false, "d", true, false })
  else
    out[#out + 1] = '<p class="note">No events in the input.</p>'
  end
  out[#out + 1] = "</section>"
  return evidence
end

-- A byte offset as a whole number: JSON input decodes to floats under Lua 5.4 ("343.0").
local function offset_text(v)
  local n = C.num(v)
  if n and n >= 0 and n == math.floor(n) then return string.format("%d", n) end
  return "?"
end

-- The evidence sentences of the shown events, each with its document and byte span.
local function evidence_section(out, evidence)
  section(out, "evidence", "Evidence", "The sentences each event was found in.")
  local any = false
  for _, x in ipairs(evidence) do if #x.sents > 0 then any = true end end
  if not any then out[#out + 1] = '<p class="note">No evidence sentences in the input.</p>' end
  out[#out + 1] = '<dl class="evidence">'
  for _, x in ipairs(evidence) do
    if #x.sents > 0 then
      local ev = x.e.ev
      out[#out + 1] = string.format('<dt><a href="#e%d">%s</a> %s — %s</dt>', x.i, esc(C.view(ev).date or "undated"),
        esc(x.e.id), esc(list(ev.places)))
      for k, s in ipairs(x.sents) do
        local where = ("%s, bytes %s–%s"):format(C.str(s.doc) or "?", offset_text(s.start), offset_text(s["end"]))
        local body = C.str(s.text) and esc(s.text)
          or '<span class="where">(the sentence text is not in the input; give the articles to see it)</span>'
        out[#out + 1] = string.format('<dd id="e%d-s%d">%s<span class="where">%s</span></dd>', x.i, k, body, esc(where))
      end
    end
  end
  out[#out + 1] = "</dl></section></main>"
end

--- The HTML page (a string). data: { events = list, voices = voices table or nil,
-- documents = number, title = string, inputs = string (what was read) }.
function M.build(data, opts)
  opts = opts or {}
  local events = C.events(data.events)
  local title = data.title or "Protest events"
  local out = {}
  head_html(out, title)
  local sorted = sort_events(events)
  header_html(out, title, data, #events, sorted)
  local places = analyses.places.run(events)
  local orgs = analyses.actors.organizers(events)
  local pairs_t = analyses.actors.pairs(events)
  local figs = analyses.figures.run(events)
  summary_section(out, events, data, places, orgs)
  time_section(out, events)
  places_section(out, places)
  organizers_section(out, orgs, pairs_t)
  claims_section(out, events)
  figures_section(out, figs)
  voices_section(out, data.voices)
  local evidence = events_section(out, sorted, opts.max_events or 1000)
  evidence_section(out, evidence)
  out[#out + 1] = "<footer>Made by protestcorpus report: one file, no script, no external resource.</footer>"
  out[#out + 1] = "</body></html>\n"
  return table.concat(out, "\n")
end

return M
