--- protestcorpus.report.svg: the report's charts as inline SVG strings.
--
--     svg.bars(items, opts)        horizontal bars: items { {label, value, note?} }
--     svg.timeline(events, opts)   events over time: counts per period (bars) and each
--                                  event's crowd figures by source (log scale)
--     svg.heatmap(rows, cols, cell, opts)   a grid of counts (claims x months)
--
-- Every string that goes into the SVG passes through escape(); nothing refers to anything
-- outside the document (no fonts, images or links), sizes are in a viewBox so charts
-- scale with the page, and colours are few and print well in grey too (shapes differ by
-- source as well as colour). Deterministic: same input, same bytes.
-- Pure Lua within the syntax LuaJIT accepts.
local C = require "protestcorpus.analyses.common"
local fixed = require("protestcorpus.records").fixed

local M = {}

M.COLORS = { organizers = "#d95f02", police = "#1b7f6b", journalist = "#6a5fb0", other = "#6a5fb0",
  bar = "#4c78a8", grid = "#d9d9d9", axis = "#555555", text = "#222222" }

local ESC = { ["&"] = "&amp;", ["<"] = "&lt;", [">"] = "&gt;", ['"'] = "&quot;", ["'"] = "&#39;" }

--- Text for HTML or SVG: & < > " ' escaped; control characters other than tab and
-- newline dropped (they are not allowed in XML).
function M.escape(s)
  s = tostring(s == nil and "" or s)
  s = s:gsub("[%z\1-\8\11\12\14-\31\127]", "")
  return (s:gsub("[&<>\"']", ESC))
end
local esc = M.escape

--- A number for people: 17500 -> "17,500"; 5999.5 -> "6,000"; when short, 1250000 ->
-- "1.25M", 4e9 -> "4B", 12500 -> "12.5k".
function M.count(v, short)
  if v == nil then return "" end
  if short and v >= 1e9 then return (fixed(v / 1e9, 2):gsub("%.?0+$", "")) .. "B" end
  if short and v >= 1e6 then return (fixed(v / 1e6, 2):gsub("%.?0+$", "")) .. "M" end
  if short and v >= 1e4 then return (fixed(v / 1e3, 1):gsub("%.0$", "")) .. "k" end
  local s = string.format("%d", math.floor(v + 0.5))
  local out = s:reverse():gsub("(%d%d%d)", "%1,"):reverse()
  return (out:gsub("^,", ""):gsub("^%-,", "-"))
end

-- Coordinates with at most one decimal, so the output is short and stable.
local function n(x)
  return (fixed(x, 1):gsub("%.0$", ""))
end

-- Cuts a label to at most w characters (UTF-8 aware).
local function cut(s, w)
  local out, k = {}, 0
  for ch in s:gmatch("[^\128-\191][\128-\191]*") do
    k = k + 1
    if k > w then
      out[#out] = "…"
      return table.concat(out), true
    end
    out[#out + 1] = ch
  end
  return s, false
end

-- The width attribute is the natural size: CSS lets a chart shrink to the page, never grow.
local function open_svg(w, h, title, desc)
  return { string.format('<svg viewBox="0 0 %s %s" width="%s" role="img" '
    .. 'class="chart" aria-label="%s" font-family="sans-serif" font-size="12">', n(w), n(h), n(w), esc(title)),
    "<title>" .. esc(title) .. "</title>", desc and ("<desc>" .. esc(desc) .. "</desc>") or nil }
end

local function text(parts, x, y, s, attrs)
  parts[#parts + 1] = string.format('<text x="%s" y="%s"%s>%s</text>', n(x), n(y), attrs or "", esc(s))
end

--- Horizontal bars. items: { {label=, value=, note=} } in the order to draw; opts.title,
-- opts.width (default 1000), opts.unit (a word after each value).
function M.bars(items, opts)
  opts = opts or {}
  local w, rowh, labelw = opts.width or 1000, 22, 250
  local h = 10 + #items * rowh + 10
  local max, notes = 0, false
  for _, it in ipairs(items) do
    if it.value > max then max = it.value end
    if it.note and it.note ~= "" then notes = true end
  end
  if max <= 0 then max = 1 end
  local plotw = w - labelw - (notes and 360 or 110)
  local p = open_svg(w, h, opts.title or "bars")
  for i, it in ipairs(items) do
    local y = 10 + (i - 1) * rowh
    local label, was_cut = cut(it.label, 36)
    if was_cut then
      p[#p + 1] = string.format('<g><title>%s</title>', esc(it.label))
    end
    text(p, labelw - 8, y + 15, label, ' text-anchor="end" fill="' .. M.COLORS.text .. '"')
    if was_cut then p[#p + 1] = "</g>" end
    local bw = math.max(1, plotw * it.value / max)
    p[#p + 1] = string.format('<rect x="%d" y="%s" width="%s" height="%d" fill="%s"><title>%s</title></rect>',
      labelw, n(y + 3), n(bw), rowh - 6, it.color or M.COLORS.bar, esc(it.label .. ": " .. M.count(it.value)))
    local unit = opts.unit
    if unit and it.value == 1 and opts.unit1 then unit = opts.unit1 end
    local v = M.count(it.value) .. (unit and (" " .. unit) or "")
    if it.note and it.note ~= "" then v = v .. " · " .. cut(it.note, 46) end
    text(p, labelw + bw + 6, y + 15, v, ' fill="' .. M.COLORS.axis .. '"')
  end
  p[#p + 1] = "</svg>"
  return table.concat(p, "\n")
end

---------------------------------------------------------------------------------------
-- Time axis.

-- Civil date of a day number (inverse of common.days_from_civil).
local function civil_from_days(z)
  z = z + 719468
  local era = math.floor(z / 146097)
  local doe = z - era * 146097
  local yoe = math.floor((doe - math.floor(doe / 1460) + math.floor(doe / 36524) - math.floor(doe / 146096)) / 365)
  local y = yoe + era * 400
  local doy = doe - (365 * yoe + math.floor(yoe / 4) - math.floor(yoe / 100))
  local mp = math.floor((5 * doy + 2) / 153)
  local d = doy - math.floor((153 * mp + 2) / 5) + 1
  local m = mp < 10 and mp + 3 or mp - 9
  if m <= 2 then y = y + 1 end
  return y, m, d
end
M.civil_from_days = civil_from_days

local MONTHS = { "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec" }

--- The day number of an event's date, and whether it is precise to the day. A month
-- stands at its 15th, a year at 1 July.
function M.day_of(date)
  local y, m, d = C.parse_date(date)
  if not y then return nil end
  if d then return C.days_from_civil(y, m, d), true end
  if m then return C.days_from_civil(y, m, 15), false end
  return C.days_from_civil(y, 7, 1), false
end

-- The bin of a day: its first day and the first day of the next bin.
local function bin_of(day, unit)
  if unit == "day" then return day, day + 1 end
  if unit == "week" then
    local start = day - (day + 3) % 7 -- back to Monday
    return start, start + 7
  end
  local y, m = civil_from_days(day)
  if unit == "month" then
    local ny, nm = y, m + 1
    if nm > 12 then ny, nm = y + 1, 1 end
    return C.days_from_civil(y, m, 1), C.days_from_civil(ny, nm, 1)
  end
  return C.days_from_civil(y, 1, 1), C.days_from_civil(y + 1, 1, 1)
end

--- The bar unit for a span of days: day up to 2 months, week up to a year, month up to
-- 8 years, else year.
function M.unit_for(span)
  if span <= 62 then return "day" end
  if span <= 370 then return "week" end
  if span <= 8 * 366 then return "month" end
  return "year"
end

-- Ticks of a time axis from lo to hi (day numbers): { {day, label} }, at most about 12.
local function time_ticks(lo, hi)
  local span = hi - lo
  local ticks = {}
  if span <= 45 then
    local step = span <= 14 and 1 or 7
    local d = lo
    if step == 7 then d = lo - (lo + 3) % 7 + 7 end
    while d <= hi do
      local _, m, dd = civil_from_days(d)
      ticks[#ticks + 1] = { d, dd .. " " .. MONTHS[m] }
      d = d + step
    end
    return ticks
  end
  local y, m = civil_from_days(lo)
  local months = span / 30.4
  local step = 1
  for _, s in ipairs({ 1, 2, 3, 6, 12, 24, 60, 120 }) do
    step = s
    if months / s <= 12 then break end
  end
  -- first tick: the first month start after lo aligned on step
  local idx = y * 12 + (m - 1) + 1
  idx = math.ceil(idx / step) * step
  while true do
    local ty, tm = math.floor(idx / 12), idx % 12 + 1
    local d = C.days_from_civil(ty, tm, 1)
    if d > hi then break end
    local label = step >= 12 and tostring(ty) or (MONTHS[tm] .. (tm == 1 and (" " .. ty) or ""))
    if #ticks == 0 and step < 12 then label = MONTHS[tm] .. " " .. ty end
    ticks[#ticks + 1] = { d, label }
    idx = idx + step
  end
  return ticks
end

local SHAPES = {
  organizers = function(x, y, c) -- triangle up
    return string.format('<path d="M%s %sL%s %sL%s %sZ" fill="%s"/>', n(x), n(y - 6), n(x + 5.5), n(y + 4),
      n(x - 5.5), n(y + 4), c)
  end,
  police = function(x, y, c) -- square
    return string.format('<rect x="%s" y="%s" width="9" height="9" fill="%s"/>', n(x - 4.5), n(y - 4.5), c)
  end,
  other = function(x, y, c) -- circle
    return string.format('<circle cx="%s" cy="%s" r="4.5" fill="%s"/>', n(x), n(y), c)
  end,
}

-- The events with a day (M.day_of), and the first and last of those days.
local function dated_events(events)
  local dated, lo, hi = {}, nil, nil
  for _, ev in ipairs(C.events(events)) do
    local d, exact = M.day_of(ev.date)
    if d then
      dated[#dated + 1] = { ev = ev, day = d, exact = exact }
      if not lo or d < lo then lo = d end
      if not hi or d > hi then hi = d end
    end
  end
  return dated, lo, hi
end

-- The bins of unit that hold dated events, in time order: { a = first day, b = the day
-- after, count = events }; the axis then covers whole bins.
local function count_bins(dated, unit)
  local bins, order = {}, {}
  for _, e in ipairs(dated) do
    local a, b = bin_of(e.day, unit)
    local bin = bins[a]
    if not bin then
      bin = { a = a, b = b, count = 0 }
      bins[a] = bin
      order[#order + 1] = bin
    end
    bin.count = bin.count + 1
  end
  table.sort(order, function(x, y) return x.a < y.a end)
  return order
end

-- The dated events with crowd figures (e.figs, e.top = the largest), the largest first;
-- ties by event id so the drawing order is stable.
local function events_with_figures(dated)
  local withfig = {}
  for _, e in ipairs(dated) do
    local figs = C.figures(e.ev)
    if #figs > 0 then
      e.figs = figs
      e.top = C.largest(e.ev).value
      withfig[#withfig + 1] = e
    end
  end
  table.sort(withfig, function(a, b)
    if a.top ~= b.top then return a.top > b.top end
    return tostring(a.ev.event_id) < tostring(b.ev.event_id)
  end)
  return withfig
end

-- The smallest and largest positive values of figs (nil, nil when none is positive):
-- zero cannot go on a log scale.
local function positive_range(figs, vmin, vmax)
  for _, f in ipairs(figs) do
    if f.value > 0 then
      if not vmin or f.value < vmin then vmin = f.value end
      if not vmax or f.value > vmax then vmax = f.value end
    end
  end
  return vmin, vmax
end

-- One event of the top panel: a tooltip, a line joining figures that disagree, and one
-- mark per figure by source (hollow when the event's date is not a whole day).
local function draw_event(p, e, x, Y)
  local vmin, vmax = positive_range(e.figs)
  local label = {}
  for _, f in ipairs(e.figs) do label[#label + 1] = f.source .. ": " .. (f.text or M.count(f.value)) end
  p[#p + 1] = string.format('<g class="event"><title>%s</title>',
    esc((e.ev.date or "") .. " " .. table.concat(C.view(e.ev).places, ", ") .. " — " .. table.concat(label, "; ")))
  if vmin and vmax > vmin then
    p[#p + 1] = string.format('<line x1="%s" y1="%s" x2="%s" y2="%s" stroke="%s" stroke-width="1.5"/>',
      n(x), n(Y(vmin)), n(x), n(Y(vmax)), M.COLORS.axis)
  end
  for _, f in ipairs(e.figs) do
    if f.value > 0 then
      local kind = (f.source == "organizers" or f.source == "police") and f.source or "other"
      local shape = SHAPES[kind](x, Y(f.value), M.COLORS[kind])
      if not e.exact then shape = shape:gsub('fill="(#%x+)"', 'fill="white" stroke="%1" stroke-width="1.5"') end
      p[#p + 1] = shape
    end
  end
  p[#p + 1] = "</g>"
end

-- The top panel: a log-scale grid of whole powers of ten and the maxn events with the
-- largest figures, drawn smallest last so small marks stay on top.
local function draw_figures(p, L, withfig, maxn)
  local fmin, fmax
  for i = 1, math.min(#withfig, maxn) do fmin, fmax = positive_range(withfig[i].figs, fmin, fmax) end
  if not fmin then
    text(p, L.left + L.plotw / 2, L.ytop + L.top_h / 2, "No crowd figures reported.",
      ' text-anchor="middle" fill="' .. M.COLORS.axis .. '"')
    return
  end
  local d0 = math.floor(math.log(fmin, 10) + 1e-9)
  local d1 = math.ceil(math.log(fmax, 10) - 1e-9)
  if d1 <= d0 then d1 = d0 + 1 end
  local function Y(v) return L.ybot - L.top_h * (math.log(v, 10) - d0) / (d1 - d0) end
  for k = d0, d1 do
    local y = Y(10 ^ k)
    p[#p + 1] = string.format('<line x1="%d" y1="%s" x2="%s" y2="%s" stroke="%s" stroke-width="1"/>',
      L.left, n(y), n(L.w - L.right), n(y), M.COLORS.grid)
    text(p, L.left - 6, y + 4, M.count(10 ^ k, true), ' text-anchor="end" fill="' .. M.COLORS.axis .. '"')
  end
  text(p, 14, L.ytop + L.top_h / 2, "participants", ' text-anchor="middle" transform="rotate(-90 14 '
    .. n(L.ytop + L.top_h / 2) .. ')" fill="' .. M.COLORS.axis .. '"')
  for i = math.min(#withfig, maxn), 1, -1 do
    local e = withfig[i]
    draw_event(p, e, L.X(e.day), Y)
  end
  if #withfig > maxn then
    text(p, L.w - L.right, 18, ("the %d events with the largest figures of %d"):format(maxn, #withfig),
      ' text-anchor="end" fill="' .. M.COLORS.axis .. '"')
  end
end

-- The legend of the marks, above the top panel.
local function draw_legend(p, L)
  local lx = L.left
  for _, k in ipairs({ { "organizers", "organizers" }, { "police", "police" }, { "other", "journalists, others" } }) do
    p[#p + 1] = SHAPES[k[1]](lx + 5, 14, M.COLORS[k[1]])
    text(p, lx + 14, 18, k[2], ' fill="' .. M.COLORS.text .. '"')
    lx = lx + 30 + 7 * #k[2]
  end
end

-- The bottom panel: one bar per bin, its height the bin's count of events.
local function draw_bars(p, L, order, unit)
  local by0 = L.ybot + L.gap
  local cmax = 0
  for _, b in ipairs(order) do if b.count > cmax then cmax = b.count end end
  local base = L.base
  p[#p + 1] = string.format('<line x1="%d" y1="%s" x2="%s" y2="%s" stroke="%s"/>', L.left, n(base),
    n(L.w - L.right), n(base), M.COLORS.axis)
  text(p, L.left - 6, by0 + 8, tostring(cmax), ' text-anchor="end" fill="' .. M.COLORS.axis .. '"')
  text(p, L.left - 6, base, "0", ' text-anchor="end" fill="' .. M.COLORS.axis .. '"')
  text(p, 14, by0 + L.bar_h / 2, "events", ' text-anchor="middle" transform="rotate(-90 14 '
    .. n(by0 + L.bar_h / 2) .. ')" fill="' .. M.COLORS.axis .. '"')
  local X = L.X
  for _, b in ipairs(order) do
    local bx, bw = X(b.a), math.max(1.5, X(b.b) - X(b.a) - 1)
    local bh = L.bar_h * b.count / cmax
    local y, mo, d = civil_from_days(b.a)
    p[#p + 1] = string.format('<rect class="bar" x="%s" y="%s" width="%s" height="%s" fill="%s">'
      .. '<title>%s: %d events</title></rect>', n(bx), n(base - bh), n(bw), n(bh), M.COLORS.bar,
      esc(string.format("%s of %04d-%02d-%02d", unit, y, mo, d)), b.count)
  end
end

-- The time axis under the bars, and the note on the bars' unit.
local function draw_time_axis(p, L, unit)
  local base = L.base
  for _, t in ipairs(time_ticks(L.x0, L.x1)) do
    local x = L.X(t[1])
    p[#p + 1] = string.format('<line x1="%s" y1="%s" x2="%s" y2="%s" stroke="%s"/>', n(x), n(base), n(x),
      n(base + 5), M.COLORS.axis)
    text(p, x, base + 18, t[2], ' text-anchor="middle" fill="' .. M.COLORS.axis .. '"')
  end
  text(p, L.w - L.right, L.h - 4, "bars: events per " .. unit, ' text-anchor="end" fill="' .. M.COLORS.axis .. '"')
end

--- Events over time. events: event records. opts.title, opts.width (1000), opts.max_events
-- (events with figures drawn one by one, the largest first; default 400).
-- Top panel: per event, its figures by source on a log scale, joined by a line where
-- they disagree (organizers ▲, police ■, journalists and others ●; hollow when the date
-- is only a month or a year). Bottom panel: events per period (bars).
-- Returns the SVG, and the unit of the bars.
function M.timeline(events, opts)
  opts = opts or {}
  local L = { w = opts.width or 1000, left = 70, right = 20, top_h = 250, gap = 44, bar_h = 100 }
  local axis_h = 40
  L.h = 40 + L.top_h + L.gap + L.bar_h + axis_h
  local dated, lo, hi = dated_events(events)
  local p = open_svg(L.w, L.h, opts.title or "Events over time",
    "Crowd figures of each event by source (log scale) and the number of events per period.")
  if #dated == 0 then
    text(p, L.w / 2, L.h / 2, "No dated events.", ' text-anchor="middle" fill="' .. M.COLORS.axis .. '"')
    p[#p + 1] = "</svg>"
    return table.concat(p, "\n"), nil
  end
  local unit = M.unit_for(hi - lo)
  local order = count_bins(dated, unit)
  local x0, x1 = order[1].a, order[#order].b
  local plotw = L.w - L.left - L.right
  L.x0, L.x1, L.plotw = x0, x1, plotw
  L.X = function(day) return L.left + plotw * (day - x0) / (x1 - x0) end
  L.ytop, L.ybot = 40, 40 + L.top_h
  L.base = L.ybot + L.gap + L.bar_h
  draw_figures(p, L, events_with_figures(dated), opts.max_events or 400)
  draw_legend(p, L)
  draw_bars(p, L, order, unit)
  draw_time_axis(p, L, unit)
  p[#p + 1] = "</svg>"
  return table.concat(p, "\n"), unit
end

--- A grid of counts: rows (labels) x cols (labels), cell(r, c) -> count or nil.
-- Shade by count; the count written in each non-empty cell.
function M.heatmap(rows, cols, cell, opts)
  opts = opts or {}
  local labelw, cw, ch = 200, math.max(28, math.min(60, math.floor(760 / math.max(1, #cols)))), 22
  local w = labelw + #cols * cw + 20
  local h = 50 + #rows * ch + 10
  local max = 0
  for _, r in ipairs(rows) do
    for _, c in ipairs(cols) do
      local v = cell(r, c) or 0
      if v > max then max = v end
    end
  end
  local p = open_svg(w, h, opts.title or "heatmap")
  for j, c in ipairs(cols) do
    local x = labelw + (j - 0.5) * cw
    text(p, x, 40, c, string.format(' text-anchor="start" transform="rotate(-45 %s 40)" fill="%s"', n(x),
      M.COLORS.axis))
  end
  for i, r in ipairs(rows) do
    local y = 50 + (i - 1) * ch
    text(p, labelw - 8, y + 15, cut(r, 30), ' text-anchor="end" fill="' .. M.COLORS.text .. '"')
    for j, c in ipairs(cols) do
      local v = cell(r, c)
      local x = labelw + (j - 1) * cw
      if v and v > 0 then
        local t = 0.15 + 0.85 * v / max
        -- from light to dark blue
        local rr = math.floor(235 - t * (235 - 31))
        local gg = math.floor(242 - t * (242 - 78))
        local bb = math.floor(250 - t * (250 - 121))
        p[#p + 1] = string.format('<rect x="%s" y="%s" width="%d" height="%d" fill="#%02x%02x%02x" stroke="white">'
          .. '<title>%s, %s: %d</title></rect>', n(x), n(y), cw, ch, rr, gg, bb, esc(r), esc(c), v)
        text(p, x + cw / 2, y + 15, tostring(v), string.format(' text-anchor="middle" fill="%s"',
          t > 0.55 and "white" or M.COLORS.text))
      else
        p[#p + 1] = string.format('<rect x="%s" y="%s" width="%d" height="%d" fill="#f7f7f7" stroke="white"/>',
          n(x), n(y), cw, ch)
      end
    end
  end
  p[#p + 1] = "</svg>"
  return table.concat(p, "\n")
end

return M
