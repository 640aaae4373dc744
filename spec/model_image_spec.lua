-- The compiled model image (data/model.bin): used only when it is the image of the very
-- .tsv files beside it; a stale, damaged or missing image falls back to the sources, with
-- the same model as a result. (test_core.c checks entry by entry that image and sources
-- give the same model; `make check-model` that the committed image is up to date.)
-- The freshness rule (csrc/model_image.c): a source is the image's when it has the
-- recorded size and either is strictly older than the image (nothing read) or its bytes
-- hash to the recorded hash.
local pc = require "protestcorpus"
local lfs = require "lfs"
local helper = require "spec.helper"

local SOURCES = { "places.tsv", "countries.tsv", "given_names.tsv", "demonyms.tsv", "common_words.tsv",
                  "src/name_words.tsv", "parties.tsv", "src/orgs.tsv", "model.bin" }

describe("the compiled model image", function()
  local dir, fresh

  -- a copy of data/ (sources and image) that a test may change
  local function copy_data()
    helper.rmtree(dir)
    assert(lfs.mkdir(dir))
    assert(lfs.mkdir(dir .. "/src"))
    for _, f in ipairs(SOURCES) do helper.write(dir .. "/" .. f, helper.read("data/" .. f)) end
  end

  setup(function()
    dir = os.tmpname()
    os.remove(dir)
    copy_data()
    fresh = assert(pc.load_model(dir))
  end)

  teardown(function() helper.rmtree(dir) end)

  before_each(copy_data)

  it("is loaded when it matches the sources", function()
    assert.is_true(fresh:from_image())
    assert.is_true(fresh:count() > 100000)
  end)

  it("is ignored once a source changed: the change is in the model", function()
    local f = assert(io.open(dir .. "/places.tsv", "ab"))
    f:write("Zzyzxville\tcity\tUS\t5000\n")
    f:close()
    local m = assert(pc.load_model(dir))
    assert.is_false(m:from_image())
    assert.are.equal(fresh:count() + 1, m:count())
    local ents = pc.extract("Police in Zzyzxville said 200 people marched on Saturday.",
                            { model = m, types = { "PLACE" }, date = "2026-01-31" })
    assert.are.equal("Zzyzxville", ents[1] and ents[1].text)
  end)

  it("is ignored when a source is only edited in place (same size)", function()
    local text = helper.read(dir .. "/src/name_words.tsv")
    local i = assert(text:find("\n[a-z]"))
    helper.write(dir .. "/src/name_words.tsv", text:sub(1, i) .. text:sub(i + 1, i + 1):upper() .. text:sub(i + 2))
    assert.is_false(assert(pc.load_model(dir)):from_image())
  end)

  it("is still used when the sources are newer but the same bytes (a checkout, a copy)", function()
    local later = os.time() + 5
    for _, f in ipairs(SOURCES) do
      if f ~= "model.bin" then assert(lfs.touch(dir .. "/" .. f, later, later)) end
    end
    local m = assert(pc.load_model(dir))
    assert.is_true(m:from_image())
    assert.are.equal(fresh:count(), m:count())
  end)

  it("is ignored after a same-size edit whose time is later than the image's, whatever the time", function()
    local text = helper.read(dir .. "/places.tsv")
    local i = assert(text:find("\n[a-z]"))
    helper.write(dir .. "/places.tsv", text:sub(1, i) .. text:sub(i + 1, i + 1):upper() .. text:sub(i + 2))
    local image_time = assert(lfs.attributes(dir .. "/model.bin", "modification"))
    assert(lfs.touch(dir .. "/places.tsv", image_time + 60, image_time + 60))
    assert.is_false(assert(pc.load_model(dir)):from_image())
  end)

  it("trusts a source older than the image without reading it: the documented limit", function()
    -- a same-size edit whose time is then set back before the image's is not seen at
    -- load (only `make check-model` sees it): the cheap test is the time and the size
    local text = helper.read(dir .. "/src/name_words.tsv")
    local i = assert(text:find("\n[a-z]"))
    helper.write(dir .. "/src/name_words.tsv", text:sub(1, i) .. text:sub(i + 1, i + 1):upper() .. text:sub(i + 2))
    local image_time = assert(lfs.attributes(dir .. "/model.bin", "modification"))
    assert(lfs.touch(dir .. "/src/name_words.tsv", image_time - 60, image_time - 60))
    assert.is_true(assert(pc.load_model(dir)):from_image())
  end)

  it("is ignored when a source appeared or disappeared", function()
    os.remove(dir .. "/common_words.tsv")
    local m = assert(pc.load_model(dir))
    assert.is_false(m:from_image())
  end)

  it("is ignored when damaged: truncated, a byte changed, empty, or a directory", function()
    local image = helper.read(dir .. "/model.bin")
    local damaged = {
      image:sub(1, 40),
      image:sub(1, #image - 1),
      image:sub(1, 200) .. string.char((image:byte(201) + 1) % 256) .. image:sub(202),
      image:sub(1, 20) .. string.char((image:byte(21) + 1) % 256) .. image:sub(22),
      "",
    }
    for _, bytes in ipairs(damaged) do
      helper.write(dir .. "/model.bin", bytes)
      local m = assert(pc.load_model(dir))
      assert.is_false(m:from_image())
      assert.are.equal(fresh:count(), m:count())
    end
    os.remove(dir .. "/model.bin")
    assert(lfs.mkdir(dir .. "/model.bin"))
    local m = assert(pc.load_model(dir))
    assert.is_false(m:from_image())
    assert.are.equal(fresh:count(), m:count())
    lfs.rmdir(dir .. "/model.bin")
  end)

  it("does not hide a source that cannot be read (a directory): nil and a message", function()
    os.remove(dir .. "/places.tsv")
    assert(lfs.mkdir(dir .. "/places.tsv"))
    local m, err = pc.load_model(dir)
    assert.is_nil(m)
    assert.matches("cannot read a model file", err)
    lfs.rmdir(dir .. "/places.tsv")
  end)

  it("is not needed: without it the sources are parsed", function()
    os.remove(dir .. "/model.bin")
    local m = assert(pc.load_model(dir))
    assert.is_false(m:from_image())
    assert.are.equal(fresh:count(), m:count())
  end)

  it("gives the entities the sources give", function()
    os.remove(dir .. "/model.bin")
    local from_sources = assert(pc.load_model(dir))
    local text = helper.read("examples/corpus/en_01.txt")
    local a = pc.extract(text, { model = fresh })
    local b = pc.extract(text, { model = from_sources })
    assert.are.same(b, a)
  end)
end)
