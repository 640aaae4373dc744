-- The quote annotator on bad input (docs/robustness.md): unbalanced marks never run away
-- (a quotation never crosses into a paragraph that does not re-open it, nor spans more than
-- PC_QUOTE_MAX_BYTES), and whatever comes after the junk is still annotated. No timing is
-- asserted: each case must finish and keep its invariants.
local pc = require "protestcorpus"
local helper = require "spec.helper"

-- Big inputs are kept small under valgrind (memcheck is some 30x slower).
local N = os.getenv("PC_VALGRIND") and 2000 or 100000

local TAIL = "\n\n\226\128\156We will be back,\226\128\157 said Omar Haddad in Paris.\n"

-- Annotates text; checks every quotation's invariants; returns the record.
local function check(text)
  local doc = assert(pc.parse(text))
  local a = assert(doc:annotations())
  local last_start = 0
  for _, q in ipairs(a.quotes) do
    assert.is_true(q.start >= 1 and q.stop <= #text and q.start <= q.stop)
    assert.are.equal(text:sub(q.start, q.stop), q.text)
    assert.is_true(q.stop - q.start + 1 <= 20000)
    assert.is_true(q.start >= last_start)
    last_start = q.start
    assert.is_true(pc.schema.is_quote_kind[q.kind])
    if q.speaker_index then
      local e = a.entities[q.speaker_index]
      assert.is_true(e.type == "PERSON" or e.type == "ORG")
    end
  end
  doc:close()
  return a
end

-- Whether the record has the tail's quotation, attributed, and its place.
local function tail_found(a)
  local q = a.quotes[#a.quotes]
  if not (q and q.text == "\226\128\156We will be back,\226\128\157" and q.speaker == "Omar Haddad") then return false end
  for _, e in ipairs(a.entities) do
    if e.type == "PLACE" and e.text == "Paris" then return true end
  end
  return false
end

describe("quotes on bad input", function()
  it("10^5 unclosed opening marks in one paragraph: none is a quotation, the rest is read", function()
    local a = check(("\226\128\156"):rep(N) .. TAIL)
    assert.are.equal(1, #a.quotes)
    assert.is_true(tail_found(a))
  end)

  it("10^5 unclosed marks each in its own paragraph", function()
    local a = check(("\194\171 x\n\n"):rep(N / 10) .. TAIL)
    assert.is_true(tail_found(a))
  end)

  it("an opening mark re-opened paragraph after paragraph stops at the paragraph bound", function()
    -- never closed: no quotation, however many paragraphs re-open it
    local a = check(("\226\128\156words and more words\n\n"):rep(50) .. "The end." .. TAIL)
    assert.are.equal(1, #a.quotes)
    assert.is_true(tail_found(a))
    -- closed after 30 re-openings: past the bound of 12 paragraphs, no quotation either
    a = check(("\226\128\156words\n\n"):rep(30) .. "\226\128\156last words.\226\128\157\n\nThe end." .. TAIL)
    for _, q in ipairs(a.quotes) do assert.is_true(select(2, q.text:gsub("\n\n", "")) < 12) end
    assert.is_true(tail_found(a))
  end)

  it("marks only, of every kind", function()
    check(("\"'\194\171\194\187\226\128\156\226\128\157\226\128\152\226\128\153\226\128\185\226\128\186"):rep(N / 10))
    local a = check(('"'):rep(N) .. TAIL)
    assert.is_true(tail_found(a))
  end)

  it("straight quotes paired by position, apostrophes left alone", function()
    local a = check("The workers' union said \"we won't stop\" and 'normal' was the word." .. TAIL)
    assert.are.equal("\"we won't stop\"", a.quotes[1].text)
    assert.are.equal("'normal'", a.quotes[2].text)
    assert.are.equal(3, #a.quotes)
  end)

  it("mixed scripts, invalid UTF-8 and NUL bytes inside and around quotations", function()
    local junk = "\226\128\156\208\159\209\128\208\184\208\178\208\181\209\130 \255\254 \0 \227\129\147\227\130\147"
      .. "\226\128\157 \216\167\217\132\216\185\216\177\216\168\217\138\216\169 \194\171 \192\128 \194\187"
    local a = check(junk:rep(N / 100) .. TAIL)
    assert.is_true(tail_found(a))
  end)

  it("a huge line with a quotation longer than the bound: dropped, the rest read", function()
    local a = check("He said \226\128\156" .. ("word "):rep(N) .. "\226\128\157 yesterday." .. TAIL)
    assert.is_true(tail_found(a))
    assert.are.equal(1, #a.quotes)
  end)

  it("quotations nested deeper than the families: each family once on the stack", function()
    local open, close = "\226\128\156\226\128\152\194\171\226\128\185", "\226\128\186\194\187\226\128\153\226\128\157"
    local a = check((open .. "x" .. close .. " "):rep(N / 100) .. TAIL)
    assert.is_true(tail_found(a))
  end)
end)
