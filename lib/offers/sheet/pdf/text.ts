/**
 * The PDF uses the standard Helvetica, whose encoding (WinAnsi, i.e. Windows-1252) covers French
 * (é, è, à, ç, œ, « », €, ’) but not every character users paste: narrow no-break spaces from
 * Word, emoji, Greek letters… Those would print as garbage, so they are mapped to the nearest
 * encodable text or dropped. Embedding a full font instead would triple the file and render time.
 */
const WIN_ANSI_EXTRA = "€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ";

const REPLACEMENTS: Record<string, string> = {
  "\u202f": "\u00a0", // narrow no-break space (French punctuation in Word)
  "\u2009": " ",
  "\u2007": "\u00a0",
  "\u200b": "",
  "\u2010": "-",
  "\u2011": "-",
  "\u2212": "-",
  "\u2032": "'",
  "\u2033": '"',
  "\u2713": "x",
  "\u2714": "x",
  "\u2192": "->",
};

function isWinAnsi(char: string): boolean {
  const code = char.codePointAt(0) ?? 0;
  return char === "\n" || char === "\t" || (code >= 0x20 && code <= 0x7e) || (code >= 0xa0 && code <= 0xff) || WIN_ANSI_EXTRA.includes(char);
}

export function toPdfText(text: string): string {
  let out = "";
  for (const char of text.normalize("NFC")) {
    if (isWinAnsi(char)) {
      out += char;
      continue;
    }
    const replacement = REPLACEMENTS[char];
    if (replacement !== undefined) {
      out += replacement;
      continue;
    }
    // « ﬁ » → « fi », « ō » → « o »; what still does not fit is dropped.
    const decomposed = char.normalize("NFKD").replace(/\p{M}/gu, "");
    if ([...decomposed].every(isWinAnsi)) out += decomposed;
  }
  return out;
}
