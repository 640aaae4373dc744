-- The bytes of a Lua string as the body of a C string literal for the generators
-- (gen_words, gen_quote_cues, gen_given_gender): bytes >= 0x80 as \xNN, the literal split
-- after an escape that a hex digit follows (C would read the digit into the escape).
return function(s)
  local key = s:gsub("[\128-\255]", function(c) return ("\\x%02x"):format(c:byte()) end)
  return (key:gsub("(\\x%x%x)(%x)", '%1" "%2'))
end
