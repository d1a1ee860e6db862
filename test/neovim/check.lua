-- Headless check: open a brief with the README's Neovim setup, wait for
-- Pincite's diagnostics, print their codes, quit. Run by test/neovim/run.sh.
local ok = vim.wait(15000, function() return #vim.diagnostic.get(0) > 0 end, 100)
local out = {}
for _, d in ipairs(vim.diagnostic.get(0)) do
  local code = d.code or (d.user_data and d.user_data.lsp and d.user_data.lsp.code) or '?'
  table.insert(out, string.format('%s %d:%d', code, d.lnum + 1, d.col + 1))
end
table.sort(out)
io.stdout:write((ok and 'OK' or 'TIMEOUT') .. '\n' .. table.concat(out, '\n') .. '\n')
vim.cmd('qa!')
