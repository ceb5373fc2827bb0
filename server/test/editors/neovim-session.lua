-- Drives the Article Lens server from headless Neovim 0.7 (vim.lsp.start_client era) the way a
-- user's config would, and writes what it saw as JSON. Inputs come in environment variables:
-- ARTICLE_LENS_SERVER (dist/server.js), ARTICLE_LENS_FILE (an article), ARTICLE_LENS_OUT (the
-- JSON file to write) and ARTICLE_LENS_POSITIONS (JSON: hover, definition, references).
local server = os.getenv('ARTICLE_LENS_SERVER')
local file = os.getenv('ARTICLE_LENS_FILE')
local out = os.getenv('ARTICLE_LENS_OUT')
local positions = vim.fn.json_decode(os.getenv('ARTICLE_LENS_POSITIONS'))
local result = { steps = {} }

local function finish(code)
  local handle = io.open(out, 'w')
  handle:write(vim.fn.json_encode(result))
  handle:close()
  vim.cmd(code == 0 and 'qall!' or ('cquit ' .. code))
end

local function fail(what)
  result.failure = what
  finish(1)
end

vim.cmd('edit ' .. vim.fn.fnameescape(file))
local buf = vim.api.nvim_get_current_buf()
vim.bo[buf].filetype = 'article'

-- The same few lines the README shows for Neovim.
local client_id = vim.lsp.start_client({ name = 'article-lens', cmd = { 'node', server, '--stdio' } })
if not client_id then return fail('the language server did not start') end
vim.lsp.buf_attach_client(buf, client_id)

if not vim.wait(15000, function() return #vim.diagnostic.get(buf) > 0 end, 50) then
  return fail('diagnostics within 15 s')
end
result.diagnostics = {}
for _, diagnostic in ipairs(vim.diagnostic.get(buf)) do
  table.insert(result.diagnostics, { code = diagnostic.code, line = diagnostic.lnum, message = diagnostic.message })
end

local function request(method, position)
  local params = { textDocument = { uri = vim.uri_from_bufnr(buf) }, position = position }
  if method == 'textDocument/references' then params.context = { includeDeclaration = true } end
  local responses = vim.lsp.buf_request_sync(buf, method, params, 5000)
  local response = responses and responses[client_id]
  if not response or response.err then return fail(method .. ' answered ' .. vim.inspect(response)) end
  return response.result
end

local hover = request('textDocument/hover', positions.hover)
result.hover = hover and hover.contents and (hover.contents.value or hover.contents) or vim.NIL
result.definition = request('textDocument/definition', positions.definition) or vim.NIL
result.references = request('textDocument/references', positions.references) or vim.NIL
finish(0)
