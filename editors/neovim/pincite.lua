-- Pincite for Neovim's built-in LSP client (Neovim 0.7 or later).
--
-- In init.lua:
--   vim.g.pincite_server = { 'pincite-server', '--stdio' }  -- or { 'node', '/path/to/pincite/dist/server.js', '--stdio' }
--   dofile('/path/to/pincite/editors/neovim/pincite.lua')
--
-- Starts one Pincite server per session and attaches Markdown, plain-text and
-- .brief buffers to it.

local cmd = vim.g.pincite_server or { 'pincite-server', '--stdio' }

-- Neovim calls plain text `text`; Pincite expects the LSP language ids.
local language_ids = { markdown = 'markdown', text = 'plaintext', brief = 'legal-brief' }

local config = {
  name = 'pincite',
  cmd = cmd,
  root_dir = vim.fn.getcwd(),
  get_language_id = function(_, filetype) return language_ids[filetype] or filetype end,
}

local client_id = nil

local function attach(bufnr)
  if vim.lsp.start then
    vim.lsp.start(config, { bufnr = bufnr }) -- Neovim 0.8+: starts or reuses the client
    return
  end
  if not client_id or not vim.lsp.get_client_by_id(client_id) then
    client_id = vim.lsp.start_client(config)
  end
  if client_id then vim.lsp.buf_attach_client(bufnr, client_id) end
end

vim.cmd([[autocmd BufRead,BufNewFile *.brief setfiletype brief]])
vim.api.nvim_create_autocmd('FileType', {
  pattern = { 'markdown', 'text', 'brief' },
  callback = function(args) attach(args.buf) end,
})
