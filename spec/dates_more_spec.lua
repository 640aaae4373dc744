-- Dates of issue 16: "ago" / "il y a", anaphoric days, ends of periods, seasons, decades,
-- centuries, quarters, two-digit years, the days of a range. Texts written for the project.
local pc = require "protestcorpus"

local function dates(text, lang)
  local out = {}
  for _, e in ipairs(assert(pc.extract(text, { lang = lang or "en", date = "2025-10-09", types = { "DATE" } }))) do
    out[#out + 1] = e
  end
  return out
end

local function find(list, text, value)
  for _, e in ipairs(list) do
    if e.text == text then
      assert.are.equal(value, e.value, "value of " .. text)
      return e
    end
  end
  local got = {}
  for _, e in ipairs(list) do got[#got + 1] = e.text end
  error(("no DATE '%s' in: %s"):format(text, table.concat(got, ", ")), 2)
end

local function absent(list, text)
  for _, e in ipairs(list) do
    if e.text == text then error(("unexpected DATE '%s'"):format(text), 2) end
  end
end

describe("dates of issue 16", function()
  it("reads 'ago' and 'il y a' against the document date", function()
    local d = dates("The dockers struck two weeks ago, three years ago and 10 days ago; a few days ago they met.")
    find(d, "two weeks ago", "2025-09-25") -- that day, as the fourth blind set reads it
    find(d, "three years ago", "2022")
    find(d, "10 days ago", "2025-09-29")
    find(d, "a few days ago", nil)
    d = dates("Les dockers ont fait grève il y a deux ans et il y a un mois. Il y a 3 000 grévistes.", "fr")
    find(d, "il y a deux ans", "2023")
    find(d, "il y a un mois", "2025-09")
    absent(d, "Il y a 3 000")
  end)

  it("keeps anaphoric days without a value and ends of periods with this year's", function()
    local d = dates("The day before, police had warned them; the next day they returned. "
      .. "By the end of the year, talks resume.")
    find(d, "day before", nil)
    find(d, "next day", nil)
    find(d, "end of the year", "2025")
    d = dates("Le lendemain, la préfecture a cédé ; la veille, rien. "
      .. "D'ici la fin de l'année, et à la fin de l'an dernier.", "fr")
    find(d, "lendemain", nil)
    find(d, "veille", nil)
    find(d, "fin de l'année", "2025")
    find(d, "an dernier", "2024") -- "fin de l'": left out, as the second blind set has it
  end)

  it("reads seasons, decades, centuries and quarters", function()
    local d = dates("Strikes spread in spring 2024, last winter and this summer, as in the 1990s "
      .. "and the 20th century; Q3 2025 profits fell.")
    find(d, "spring 2024", "2024")
    find(d, "last winter", nil)
    find(d, "this summer", nil)
    find(d, "1990s", "199")
    find(d, "20th century", "19")
    find(d, "Q3 2025", "2025")
    d = dates("Comme dans les années 1980 et au XXe siècle, l'hiver dernier, au troisième trimestre. "
      .. "Ils ont été nombreux.", "fr")
    find(d, "années 1980", "198")
    find(d, "XXe siècle", "19")
    find(d, "hiver dernier", nil)
    find(d, "troisième trimestre", nil)
    absent(d, "été")
  end)

  it("reads two-digit years only where a year is meant", function()
    local d = dates("La grève de 1995 rappelle celle commencée en 97, puis en 98 jours de lutte.", "fr")
    find(d, "97", "1997")
    absent(d, "98")
  end)

  it("dates both days of a range", function()
    local d = dates("Le festival s'est tenu du 19 au 23 juillet.", "fr")
    find(d, "19", "2025-07-19")
    find(d, "23 juillet", "2025-07-23")
    d = dates("The strike ran from July 19 to 23, then 3 and 4 November.")
    find(d, "July 19", "2025-07-19")
    find(d, "23", "2025-07-23")
    find(d, "3", "2024-11-03") -- "ran": the last November
    find(d, "4 November", "2024-11-04")
  end)
end)
