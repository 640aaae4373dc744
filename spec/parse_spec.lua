-- The document parser: meta, segments, paragraphs, sentences, tokens, bad input.
local pc = require "protestcorpus"
local helper = require "spec.helper"

local read, covers = helper.read, helper.covers

describe("pc.parse", function()
  it("reads the header line, title and date", function()
    local text = "date 2026-03-14 Farmers block ring road\n\nThousands of farmers drove tractors into Lyon.\n"
    local doc = assert(pc.parse(text))
    assert.are.equal("2026-03-14", doc.meta.date)
    assert.are.equal("Farmers block ring road", doc.meta.title)
    covers(text, doc.meta.spans.title, "Farmers block ring road")
    covers(text, doc.meta.spans.date, "2026-03-14")
    assert.are.equal(1, #doc.paragraphs)
    covers(text, doc.paragraphs[1], "Thousands of farmers drove tractors into Lyon.")
  end)

  it("lets the caller's date override the header", function()
    local doc = assert(pc.parse("date 2026-03-14 Title here\n\nBody text.", { date = "2025-01-02" }))
    assert.are.equal("2025-01-02", doc.meta.date)
  end)

  it("returns nil and a message for an impossible date", function()
    local doc, err = pc.parse("text", { date = "2026-02-30" })
    assert.is_nil(doc)
    assert.matches("invalid date", err)
    doc, err = pc.parse("text", { date = "tomorrow" })
    assert.is_nil(doc)
    assert.matches("invalid date 'tomorrow'", err)
  end)

  it("raises on programmer errors", function()
    assert.has_error(function() pc.parse(42) end, "bad argument #1 to 'parse' (string expected, got number)")
    assert.has_error(function() pc.parse("x", "en") end, "bad argument #2 to 'parse' (table expected, got string)")
    assert.has_error(function() pc.parse("x", { language = "en" }) end,
      "bad argument #2 to 'parse' (unknown option 'language')")
    assert.has_error(function() pc.parse("x", { lang = "de" }) end)
    assert.has_error(function() pc.parse("x", { date = 20260131 }) end)
  end)

  it("finds datelines with agency, place and source", function()
    local cases = {
      { "PARIS (Reuters) - Police officers marched.", "PARIS (Reuters) -", "PARIS", "Reuters" },
      { "LYON, 30 janv. (AFP) \u{2014} Des milliers de manifestants.", "LYON, 30 janv. (AFP) \u{2014}", "LYON", "AFP" },
      { "LAGOS, Nigeria \u{2014} Workers marched on Monday.", "LAGOS, Nigeria \u{2014}", "LAGOS", nil },
      { "Paris (AFP) - La grève continue.", "Paris (AFP) -", "Paris", "AFP" },
    }
    for _, c in ipairs(cases) do
      local doc = assert(pc.parse(c[1]))
      assert.are.equal(c[2], doc.meta.dateline)
      assert.are.equal(c[3], doc.meta.place)
      assert.are.equal(c[4], doc.meta.source)
      covers(c[1], doc.meta.spans.dateline, c[2])
    end
    -- a sentence that starts with capitals is no dateline
    local doc = assert(pc.parse("NATO leaders met. Then they left."))
    assert.is_nil(doc.meta.dateline)
  end)

  it("keeps captions, credits, boilerplate and headings out of the body", function()
    local text = table.concat({
      "Advertisement",
      "",
      "Teachers rally outside the ministry in Brussels, Belgium, March 3, 2026. REUTERS/Anne Peeters",
      "",
      "BRUSSELS (Reuters) - Teachers marched on Tuesday.",
      "",
      "- What comes next",
      "",
      "Unions meet again on Friday.",
      "",
      "(Reporting by Anne Peeters; Editing by John Smith)",
    }, "\n")
    local doc = assert(pc.parse(text))
    assert.are.equal(1, #doc.meta.boilerplate)
    covers(text, doc.meta.boilerplate[1], "Advertisement")
    assert.are.equal(1, #doc.meta.captions)
    assert.matches("REUTERS/Anne Peeters$", doc.meta.captions[1].text)
    assert.are.equal(1, #doc.meta.credits)
    covers(text, doc.meta.credits[1], "(Reporting by Anne Peeters; Editing by John Smith)")
    assert.are.equal(1, #doc.meta.headings)
    covers(text, doc.meta.headings[1], "- What comes next")
    assert.are.equal(2, #doc.paragraphs)
    covers(text, doc.paragraphs[1], "BRUSSELS (Reuters) - Teachers marched on Tuesday.")
    covers(text, doc.paragraphs[2], "Unions meet again on Friday.")
    assert.are.equal("Reuters", doc.meta.source)
  end)

  it("reads bylines and '(Avec AFP)' credits", function()
    local text = "Par Jeanne Dupont\n\nLes taxis bloquent le périphérique.\n\n(Avec AFP)\n"
    local doc = assert(pc.parse(text))
    assert.are.equal("Jeanne Dupont", doc.meta.byline)
    assert.are.equal("AFP", doc.meta.source)
    assert.are.equal(1, #doc.paragraphs)
  end)

  it("joins hard-wrapped lines and splits one-paragraph-per-line text", function()
    local wrapped = "Nurses marched through Dublin on Saturday, led by\nMary O'Brien of the union.\n\nThey stopped at the Dail."
    local doc = assert(pc.parse(wrapped))
    assert.are.equal(2, #doc.paragraphs)
    covers(wrapped, doc.paragraphs[1], "Nurses marched through Dublin on Saturday, led by\nMary O'Brien of the union.")
    local per_line = "First paragraph ends here.\nSecond paragraph starts here.\nThird one."
    doc = assert(pc.parse(per_line))
    assert.are.equal(3, #doc.paragraphs)
  end)

  it("splits sentences around abbreviations, decimals, quotes and French spacing", function()
    local function sentences(text)
      local doc = assert(pc.parse(text))
      local out = {}
      for _, s in ipairs(doc.sentences) do out[#out + 1] = text:sub(s.start, s.stop) end
      return out
    end
    assert.are.same({ "On Jan. 31 Mr. Smith and Dr. J. Doe spoke in St. Louis.", "It rained." },
      sentences("On Jan. 31 Mr. Smith and Dr. J. Doe spoke in St. Louis. It rained."))
    assert.are.same({ "Prices rose 18.6 percent.", "Then 3,4 millions came." },
      sentences("Prices rose 18.6 percent. Then 3,4 millions came."))
    assert.are.same({ "He said: \"Stop now.\"", "Nobody did." },
      sentences("He said: \"Stop now.\" Nobody did."))
    assert.are.same({ "\u{ab}\u{a0}Non\u{a0}!\u{a0}\u{bb} a-t-il crié.", "M. Martin est parti\u{202f}?", "Oui." },
      sentences("\u{ab}\u{a0}Non\u{a0}!\u{a0}\u{bb} a-t-il crié. M. Martin est parti\u{202f}? Oui."))
    assert.are.same({ "Wait...", "What?", "Yes\u{2026}", "Done." },
      sentences("Wait... What? Yes\u{2026} Done."))
    assert.are.same({ "The U.S. Senate voted.", "It passed." }, sentences("The U.S. Senate voted. It passed."))
  end)

  it("detects English and French, and takes the caller's language", function()
    assert.are.equal("en", assert(pc.parse("The police said that the march was over.")).meta.lang)
    assert.are.equal("fr", assert(pc.parse("La police a dit que la manifestation est finie.")).meta.lang)
    assert.are.equal("und", assert(pc.parse("12345 !!!")).meta.lang)
    assert.are.equal("fr", assert(pc.parse("The police said so.", { lang = "fr" })).meta.lang)
    assert.are.equal("fr", pc.detect_lang("Les syndicats et les salariés sont dans la rue pour les retraites."))
  end)

  it("gives tokens on demand, with classes", function()
    local text = "d\u{2019}Alliance, Falcone's 15,000 Jean-Marc CGT"
    local doc = assert(pc.parse(text))
    local toks = doc:tokens()
    local got = {}
    for _, t in ipairs(toks) do got[#got + 1] = text:sub(t.start, t.stop) end
    assert.are.same({ "d\u{2019}", "Alliance", ",", "Falcone", "'s", "15,000", "Jean-Marc", "CGT" }, got)
    assert.is_true(toks[1].elision)
    assert.is_true(toks[2].cap)
    assert.are.equal("number", toks[6].kind)
    assert.is_true(toks[7].hyphen)
    assert.is_true(toks[8].upper)
    -- a byte range
    local part = doc:tokens(1, 12)
    assert.are.equal(2, #part)
    assert.are.same({}, doc:tokens(5, 4))
  end)

  describe("bad input", function()
    it("accepts empty and blank input", function()
      for _, text in ipairs({ "", "   ", "\n\n\n", "\r\n\t \u{a0}" }) do
        local doc = assert(pc.parse(text))
        assert.are.equal(0, #doc.paragraphs)
        assert.are.equal(0, #doc.sentences)
        assert.are.same({}, doc:entities())
      end
    end)

    it("reads invalid UTF-8 as U+FFFD and keeps offsets into the original bytes", function()
      local text = "Caf\xE9 cr\xE8me. \xC0 Paris, 200 manifestants.\xFF\xFE"
      local doc = assert(pc.parse(text, { lang = "fr" }))
      assert.are.equal(5, doc.meta.invalid_bytes)
      assert.are.equal(4, doc.meta.first_invalid)
      assert.are.equal(2, #doc.sentences)
      covers(text, doc.sentences[1], "Caf\xE9 cr\xE8me.")
      local q
      for _, e in ipairs(doc:entities()) do if e.type == "QUANTITY" then q = e end end
      covers(text, q, "200")
      -- overlong forms and surrogates are invalid too
      local bad = assert(pc.parse("\xC0\xAF \xED\xA0\x80 \xF4\x90\x80\x80"))
      assert.are.equal(9, bad.meta.invalid_bytes)
    end)

    it("treats NUL bytes as separators, not as the end", function()
      local text = "Police marched.\0Then 300 nurses marched."
      local doc = assert(pc.parse(text))
      local ents = doc:entities({ types = { "QUANTITY" } })
      assert.are.equal(1, #ents)
      covers(text, ents[1], "300")
    end)

    it("handles CRLF and CR line ends", function()
      local doc = assert(pc.parse("Title of story\r\n\r\nFirst paragraph.\r\nSecond paragraph.\rThird."))
      assert.are.equal("Title of story", doc.meta.title)
      assert.are.equal(3, #doc.paragraphs)
    end)

    it("closes a document twice without harm", function()
      local doc = assert(pc.parse("Some text."))
      doc:close()
      doc:close()
      assert.has_error(function() doc:entities() end)
    end)
  end)
end)

describe("the example corpus", function()
  it("parses every example article with spans inside the text", function()
    local lfs = require "lfs"
    local n = 0
    for name in lfs.dir("examples/corpus") do
      if name:match("%.txt$") then
        local text = read("examples/corpus/" .. name)
        local doc = assert(pc.parse(text))
        for _, s in ipairs(doc.sentences) do
          assert.is_true(s.start >= 1 and s.stop <= #text and s.start <= s.stop)
          assert.is_not.matches("^%s", text:sub(s.start, s.stop))
          assert.is_not.matches("%s$", text:sub(s.start, s.stop))
        end
        n = n + 1
      end
    end
    assert.is_true(n >= 6)
  end)

  it("reads a header line, datelines, captions, credits, headings and bylines", function()
    local doc = assert(pc.parse(read("examples/corpus/en_01.txt")))
    assert.are.equal("2025-11-08", doc.meta.date)
    assert.are.equal("LONDON (Reuters) -", doc.meta.dateline)
    assert.are.equal(1, #doc.meta.captions)
    assert.matches("REUTERS/Hannah Whitcombe$", doc.meta.captions[1].text)
    assert.matches("^%(Reporting by Tom Everett", doc.meta.credits[1].text)

    doc = assert(pc.parse(read("examples/corpus/en_02.txt")))
    assert.are.equal("BOSTON (AP) \u{2014}", doc.meta.dateline)
    assert.are.equal(2, #doc.meta.boilerplate)
    assert.matches("%(AP Photo/Rachel Olander%)$", doc.meta.captions[1].text)

    doc = assert(pc.parse(read("examples/corpus/en_06.txt")))
    assert.are.equal(2, #doc.meta.headings)
    assert.are.equal("- What happens next", doc.meta.headings[2].text)

    doc = assert(pc.parse(read("examples/corpus/en_07.txt")))
    assert.are.equal("Kavya Raghunathan", doc.meta.byline)

    doc = assert(pc.parse(read("examples/corpus/fr_02.txt")))
    assert.are.equal("fr", doc.meta.lang)
    assert.are.equal("LYON, 30 janv. (AFP) \u{2014}", doc.meta.dateline)

    doc = assert(pc.parse(read("examples/corpus/fr_06.txt")))
    assert.are.equal("(Reportage Julie Gagnon, \u{e9}dit\u{e9} par Nathalie Brisson)", doc.meta.credits[1].text)

    doc = assert(pc.parse(read("examples/corpus/fr_latin1_invalid.txt")))
    assert.are.equal("fr", doc.meta.lang)
    assert.are.equal(10, doc.meta.invalid_bytes)
    assert.are.equal("AFP", doc.meta.source)
  end)
end)

describe("the seed articles", function()
  local seeds = helper.shared("seeds")

  it("000: date and title", function()
    if not seeds then return pending(helper.absent) end
    local text = read(seeds .. "/000_36dec503f264ba08.txt")
    local doc = assert(pc.parse(text))
    assert.are.equal("2026-01-31", doc.meta.date)
    assert.are.equal("Thousands rally in Paris to support police, call for improved working conditions", doc.meta.title)
    covers(text, doc.meta.spans.title, doc.meta.title)
    assert.are.equal(3, #doc.meta.headings)
    covers(text, doc.meta.headings[1], "- Security challenges")
  end)

  it("003: French", function()
    if not seeds then return pending(helper.absent) end
    local doc = assert(pc.parse(read(seeds .. "/003_84235125e12442f3.txt")))
    assert.are.equal("fr", doc.meta.lang)
  end)

  it("004: dateline, source, boilerplate, caption and credits", function()
    if not seeds then return pending(helper.absent) end
    local text = read(seeds .. "/004_40db75d9d36df2a7.txt")
    local doc = assert(pc.parse(text))
    assert.are.equal("PARIS", doc.meta.place)
    assert.are.equal("Reuters", doc.meta.source)
    covers(text, doc.meta.spans.dateline, "PARIS (Reuters) -")
    assert.are.equal(2, #doc.meta.boilerplate)
    covers(text, doc.meta.boilerplate[1], "External Content")
    assert.are.equal(1, #doc.meta.captions)
    assert.matches("REUTERS/Jean%-Paul Pelissier$", doc.meta.captions[1].text)
    assert.are.equal(1, #doc.meta.credits)
    assert.matches("^%(Reporting by Brian Love", doc.meta.credits[1].text)
    -- no paragraph overlaps the boilerplate, the caption or the credits
    for _, p in ipairs(doc.paragraphs) do
      for _, list in ipairs({ doc.meta.boilerplate, doc.meta.captions, doc.meta.credits }) do
        for _, x in ipairs(list) do assert.is_true(p.stop < x.start or p.start > x.stop) end
      end
    end
    assert.matches("^PARIS %(Reuters%) %- French police", text:sub(doc.paragraphs[1].start, doc.paragraphs[1].stop))
  end)
end)
