const CHUNK = 8192;

/**
 * Turn the first `length` UTF-16 code units of `units` into a string, lone surrogates included
 * (`TextDecoder` would replace them with U+FFFD).
 */
export function decodeUtf16(units: Uint16Array, length: number): string {
  if (length <= CHUNK) return String.fromCharCode.apply(null, units.subarray(0, length) as unknown as number[]);
  let text = "";
  for (let at = 0; at < length; at += CHUNK) {
    const end = at + CHUNK < length ? at + CHUNK : length;
    text += String.fromCharCode.apply(null, units.subarray(at, end) as unknown as number[]);
  }
  return text;
}
