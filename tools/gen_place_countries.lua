-- gen_place_countries.lua: data/place_countries.tsv, the country of each folded place name
-- of data/places.tsv, which the events layer reads instead of folding 100,000 names in
-- every process (events/lexicon.lua place_countries; used while its head names the size
-- of places.tsv, else places.tsv is read). Run by `make model`:
--
--   LUA_PATH='lua/?.lua;;' lua5.4 tools/gen_place_countries.lua data/places.tsv > data/place_countries.tsv
local lexicon = require "protestcorpus.events.lexicon"
local path = arg[1]
if not path then
  io.stderr:write("usage: gen_place_countries.lua PLACES.tsv > place_countries.tsv\n")
  os.exit(2)
end
io.write(lexicon.place_countries_file(path))
