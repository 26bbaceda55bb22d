// How many SMS a text takes. Plain GSM-7 text fits 160 characters in one message and 153 per
// part when split; a single character outside GSM-7 (an emoji, a curly quote) switches the
// whole text to UCS-2: 70 in one, 67 per part. Variables count as written until filled in.

const GSM_BASIC =
  "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";
/** These take two characters' room (an escape, then the character). */
const GSM_EXTENDED = "^{}\\[~]|€\f";

export interface SmsLength {
  characters: number;
  segments: number;
  encoding: "GSM-7" | "UCS-2";
  /** Characters left before another part is needed. */
  remaining: number;
}

export function smsLength(text: string): SmsLength {
  let gsmUnits = 0;
  let gsm = true;
  for (const char of text) {
    if (GSM_BASIC.includes(char)) gsmUnits += 1;
    else if (GSM_EXTENDED.includes(char)) gsmUnits += 2;
    else gsm = false;
  }
  // UCS-2 counts UTF-16 code units: an emoji takes two.
  const units = gsm ? gsmUnits : text.length;
  const [single, part] = gsm ? [160, 153] : [70, 67];
  const segments = units === 0 ? 0 : units <= single ? 1 : Math.ceil(units / part);
  const room = segments <= 1 ? single : segments * part;
  return {
    characters: units,
    segments,
    encoding: gsm ? "GSM-7" : "UCS-2",
    remaining: room - units,
  };
}
