-- Sourced by headless Neovim 0.7 once the README's configuration (loaded as init.lua) has opened
-- the article named on the command line: waits for the server to attach and publish diagnostics,
-- asks for hover, definition and references, and writes what it saw as JSON.
-- Environment: ARTICLE_LENS_OUT (the JSON file to write) and ARTICLE_LENS_POSITIONS (JSON
-- { hover, definition, references }, each an LSP position).
local out = os.getenv('ARTICLE_LENS_OUT')
local positions = vim.fn.json_decode(os.getenv('ARTICLE_LENS_POSITIONS'))
local buf = vim.api.nvim_get_current_buf()
local result = {}

-- An expected failure (a wait that ran out, an error answer) is raised as a table holding its
-- message; any other error is a bug in this script and is reported with its traceback.
local function fail(message)
  error({ message = message })
end

local function wait_for(what, timeout_ms, condition)
  if not vim.wait(timeout_ms, condition, 20) then fail('waited ' .. timeout_ms .. ' ms for ' .. what) end
end

local function attached_client()
  for _, client in pairs(vim.lsp.buf_get_clients(buf)) do
    if client.name == 'article-lens' then return client end
  end
end

local function request(method, position)
  local params = { textDocument = { uri = vim.uri_from_bufnr(buf) }, position = position }
  if method == 'textDocument/references' then params.context = { includeDeclaration = true } end
  local responses, reason = vim.lsp.buf_request_sync(buf, method, params, 5000)
  if not responses then fail('waited 5000 ms for the answer to ' .. method .. ' (' .. tostring(reason) .. ')') end
  local response = responses[attached_client().id]
  if not response or response.error then fail(method .. ' answered ' .. vim.inspect(response)) end
  return response.result
end

local function session()
  wait_for('the configuration to attach article-lens to ' .. vim.api.nvim_buf_get_name(buf)
    .. ' (its filetype is "' .. vim.bo[buf].filetype .. '")', 5000, function() return attached_client() ~= nil end)
  wait_for('diagnostics from the server', 15000, function() return #vim.diagnostic.get(buf) > 0 end)
  result.diagnostics = {}
  for _, diagnostic in ipairs(vim.diagnostic.get(buf)) do
    table.insert(result.diagnostics, { code = diagnostic.code, line = diagnostic.lnum })
  end
  result.uri = vim.uri_from_bufnr(buf)
  result.hover = request('textDocument/hover', positions.hover) or vim.NIL
  result.definition = request('textDocument/definition', positions.definition) or vim.NIL
  result.references = request('textDocument/references', positions.references) or vim.NIL
end

local ok, failure = xpcall(session, function(err)
  return type(err) == 'table' and err.message or debug.traceback(tostring(err))
end)
if not ok then result.failure = failure end
local handle = io.open(out, 'w')
handle:write(vim.fn.json_encode(result))
handle:close()
-- :qall! rather than os.exit, so Neovim stops the server and removes its temporary folder.
vim.cmd(ok and 'qall!' or 'cquit 1')
