-- wrk: every request to an address picked at random from a file of them (one per line), as the long tail of real
-- traffic is. `wrk -s random.lua http://127.0.0.1:8000/ -- addresses.txt`
local paths = {}

function init(args)
  for line in io.lines(args[1]) do
    if line ~= "" then
      paths[#paths + 1] = line
    end
  end
  -- Each thread its own sequence.
  math.randomseed(os.time() + tonumber(tostring({}):match("0x(%x+)") or "0", 16) % 100000)
end

function request()
  return wrk.format("GET", paths[math.random(#paths)])
end
