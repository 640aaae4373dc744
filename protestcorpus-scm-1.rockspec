rockspec_format = "3.0"
package = "protestcorpus"
version = "scm-1"
source = {
  url = "git+file:///protestcorpus", -- replace with the published repository
}
description = {
  summary = "News articles about protests -> structured data (C core, Lua API)",
  detailed = [[
    Parses news articles (English, French) into meta, paragraphs, sentences and tokens, and
    extracts dates, quantities, money and percentages with normalized values. Lua 5.1
    (LuaJIT, Neovim) to 5.4.
  ]],
  license = "MIT",
}
dependencies = {
  "lua >= 5.1",
  "lua-cjson",
  "luafilesystem",
  "argparse",
}
external_dependencies = {
  UTF8PROC = { header = "utf8proc.h", library = "utf8proc" },
}
build = {
  type = "builtin",
  modules = {
    ["protestcorpus.core"] = {
      sources = {
        "csrc/binding.c", "csrc/error.c", "csrc/lang.c", "csrc/tokens.c", "csrc/document.c",
        "csrc/sentences.c", "csrc/lexicon_words.c", "csrc/annotate.c", "csrc/figures.c",
        "csrc/dates.c", "csrc/lexicon.c", "csrc/model_image.c", "csrc/names.c",
      },
      incdirs = { "csrc", "$(UTF8PROC_INCDIR)" },
      libdirs = { "$(UTF8PROC_LIBDIR)" },
      libraries = { "utf8proc", "m" },
    },
    ["protestcorpus"] = "lua/protestcorpus/init.lua",
    ["protestcorpus.corpus"] = "lua/protestcorpus/corpus.lua",
    ["protestcorpus.records"] = "lua/protestcorpus/records.lua",
    ["protestcorpus.eval"] = "lua/protestcorpus/eval.lua",
    ["protestcorpus.cli"] = "lua/protestcorpus/cli/init.lua",
    ["protestcorpus.cli.context"] = "lua/protestcorpus/cli/context.lua",
    ["protestcorpus.cli.eval"] = "lua/protestcorpus/cli/eval.lua",
    ["protestcorpus.cli.extract"] = "lua/protestcorpus/cli/extract.lua",
    ["protestcorpus.cli.parse"] = "lua/protestcorpus/cli/parse.lua",
    ["protestcorpus.cli.summary"] = "lua/protestcorpus/cli/summary.lua",
    ["protestcorpus.analyses.summary"] = "lua/protestcorpus/analyses/summary.lua",
  },
  install = { bin = { protestcorpus = "bin/protestcorpus" } },
  -- the lexicons; lua/protestcorpus/init.lua finds them in the rock's folder
  copy_directories = { "data" },
}
test_dependencies = { "busted" }
test = { type = "busted" }
