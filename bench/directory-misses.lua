-- Directory requests that no cache has seen: every request builds a new query, either a free-text
-- search (mode "q") or a combination of filters (mode "filter"). The filter keys are read from the
-- directory page's own form and passed in a file with one "name=value" line each.
-- Usage: wrk -s bench/directory-misses.lua http://HOST/de/partners -- KEYS-FILE q|filter

local words = {
  "Beratung", "Begegnung", "Sprachcafé", "Nachbarschaft", "Familien", "Jugend", "Frauen", "Arbeit",
  "Ärzte", "Schule", "Wohnen", "Kultur", "Sport", "Recht", "Gesundheit", "Ehrenamt", "Café", "Hilfe",
  "Stadtteil", "Lasttests", "Oldenburg", "Beispielverein", "Synthetischer",
}
local letters = {}
for ch in ("abcdefghijklmnopqrstuvwxyzäöü"):gmatch("[%z\1-\127\194-\244][\128-\191]*") do table.insert(letters, ch) end
local keys = { topic = {}, lang = {}, district = {}, type = {} }
local mode = "q"
local path = "/de/partners"

local threads = 0
function setup(thread)
  threads = threads + 1
  thread:set("id", threads)
end

function init(args)
  for line in io.lines(args[1]) do
    local name, value = line:match("^(%a+)=(.+)$")
    if name and keys[name] then table.insert(keys[name], value) end
  end
  mode = args[2] or mode
  path = wrk.path
  math.randomseed(os.time() * 7919 + (id or 0) * 104729)
end

local function encode(text)
  return (text:gsub("[^%w%-%._~]", function(c) return string.format("%%%02X", c:byte()) end))
end

local function pick(list) return list[math.random(#list)] end

local function random_letters(count)
  local out = {}
  for _ = 1, count do table.insert(out, pick(letters)) end
  return table.concat(out)
end

-- Word prefixes, two words, digits of an entry number, or letters that rarely match anything.
local function search_term()
  local kind = math.random(4)
  if kind == 1 then
    local word = pick(words)
    local prefix = word:sub(1, math.random(3, #word)):gsub("[\194-\244]$", "")
    return prefix .. " " .. random_letters(1)
  elseif kind == 2 then
    return pick(words) .. " " .. pick(words):sub(1, math.random(3, 5))
  elseif kind == 3 then
    return string.format("%04d", math.random(0, 9999))
  end
  return random_letters(math.random(3, 6))
end

local function filters()
  local parts = {}
  for _ = 1, math.random(0, 2) do table.insert(parts, "topic=" .. pick(keys.topic)) end
  if math.random(2) == 1 then table.insert(parts, "lang=" .. pick(keys.lang)) end
  if math.random(2) == 1 then table.insert(parts, "district=" .. pick(keys.district)) end
  if math.random(3) == 1 then table.insert(parts, "type=" .. pick(keys.type)) end
  if math.random(4) == 1 then table.insert(parts, "barrierfree=true") end
  if #parts == 0 then table.insert(parts, "topic=" .. pick(keys.topic)) end
  table.insert(parts, "page=" .. math.random(1, 3))
  return table.concat(parts, "&")
end

function request()
  local query = mode == "filter" and filters() or ("q=" .. encode(search_term()))
  return wrk.format("GET", path .. "?" .. query)
end
