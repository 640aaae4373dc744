-- protestcorpus: live annotation of protest news articles (|protestcorpus.txt|).
-- Defines :Protestcorpus and the highlight groups; the module loads on first use.
if vim.g.loaded_protestcorpus then return end
vim.g.loaded_protestcorpus = 1

local function define_highlights()
  require("protestcorpus.nvim.marks").define_highlights()
end
define_highlights()
vim.api.nvim_create_autocmd("ColorScheme", {
  group = vim.api.nvim_create_augroup("protestcorpus_highlights", { clear = true }),
  callback = define_highlights,
})

vim.api.nvim_create_user_command("Protestcorpus", function(opts)
  require("protestcorpus.nvim").command(opts.fargs)
end, {
  nargs = "*",
  desc = "protestcorpus: annotate | auto [on|off] | clear | virtualtext [on|off] | events",
  complete = function(arglead, cmdline)
    return require("protestcorpus.nvim").complete(arglead, cmdline)
  end,
})

-- Configuration without a setup() call: vim.g.protestcorpus = { auto = { filetypes = {...} } }
if type(vim.g.protestcorpus) == "table" then
  require("protestcorpus.nvim").setup(vim.g.protestcorpus)
end
