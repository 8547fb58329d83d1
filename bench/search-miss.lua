-- A different directory query on every request (a cache miss for any output cache): random 4-6 letter
-- strings, words from the generated sample data, topic/language filters. SEARCH_KIND=1..4 picks one kind.
local words = {"beratung", "begegnung", "sprachcafe", "nachbarschaft", "familien", "jugend", "frauen", "arbeit",
  "arzte", "schule", "wohnen", "kultur", "sport", "recht", "gesundheit", "ehrenamt", "cafe", "hilfe", "oldenburg", "verein"}
local topics = {"language-courses", "work-recognition", "residence-legal", "education-school", "parents-family", "health", "housing", "anti-discrimination", "women", "youth", "volunteering"}
local langs = {"de", "en", "ar", "fa", "prs", "ps", "tr", "ku", "ru", "uk", "ti", "so", "fr", "pl"}
local letters = "abcdefghijklmnopqrstuvwxyz"
math.randomseed(os.time() + tonumber(tostring({}):sub(8), 16))
local function rnd(n) local t = {} for i = 1, n do local k = math.random(1, 26) t[i] = letters:sub(k, k) end return table.concat(t) end
request = function()
  local kind = tonumber(os.getenv("SEARCH_KIND") or "0")
  if kind == 0 then kind = math.random(1, 4) end
  local q
  if kind == 1 then q = "q=" .. rnd(math.random(4, 6))
  elseif kind == 2 then local w = words[math.random(#words)] q = "q=" .. w:sub(1, math.random(4, #w)) .. "&page=" .. math.random(1, 3)
  elseif kind == 3 then q = "topic=" .. topics[math.random(#topics)] .. "&lang=" .. langs[math.random(#langs)] .. "&page=" .. math.random(1, 20)
  else q = "q=" .. words[math.random(#words)] .. "&topic=" .. topics[math.random(#topics)] .. "&x=" .. math.random(1, 1000000) end
  return wrk.format("GET", "/de/partners?" .. q)
end
