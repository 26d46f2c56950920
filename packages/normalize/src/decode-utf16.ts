const CHUNK = 8192;
/** Below this many units `String.fromCharCode` beats a `TextDecoder` call. */
const SMALL = 256;

/** A strict UTF-16LE decoder when the runtime has one (it throws on lone surrogates). */
const strictDecoder: { decode(input: Uint16Array): string } | null = (() => {
  try {
    const Decoder = (
      globalThis as {
        TextDecoder?: new (label: string, options: { fatal: boolean }) => { decode(input: Uint16Array): string };
      }
    ).TextDecoder;
    return Decoder ? new Decoder("utf-16le", { fatal: true }) : null;
  } catch {
    return null;
  }
})();

/** `String.fromCharCode` over chunks: exact for any unit sequence, lone surrogates included. */
function decodeByCharCodes(units: Uint16Array, length: number): string {
  if (length <= CHUNK) return String.fromCharCode.apply(null, units.subarray(0, length) as unknown as number[]);
  let text = "";
  for (let at = 0; at < length; at += CHUNK) {
    const end = Math.min(at + CHUNK, length);
    text += String.fromCharCode.apply(null, units.subarray(at, end) as unknown as number[]);
  }
  return text;
}

/**
 * Turn the first `length` UTF-16 code units of `units` into a string, exactly: a strict
 * `TextDecoder` (fast, but it rejects lone surrogates, which it would otherwise turn into U+FFFD)
 * with `String.fromCharCode` as the fallback.
 */
export function decodeUtf16(units: Uint16Array, length: number): string {
  if (length > SMALL && strictDecoder !== null) {
    try {
      return strictDecoder.decode(units.subarray(0, length));
    } catch {
      // a lone surrogate: decode unit by unit below
    }
  }
  return decodeByCharCodes(units, length);
}
