/** What stands for the hidden characters; always three, so the mask does not tell the id's length. */
const HIDDEN = '•••';

/**
 * A customer id as shown in presenter mode: its first character and last two for ids of five
 * characters or more (`C123442` → `C•••42`), only the last one for three or four (`1234` → `•••4`),
 * nothing for shorter ones. Rows stay told apart on screen; the audience cannot read the id.
 * Characters, not UTF-16 units, so a Chinese or emoji id is never cut in half.
 */
export function maskId(id: string): string {
  const characters = Array.from(id.trim());
  const length = characters.length;
  if (length === 0) return '';
  if (length < 3) return HIDDEN;
  if (length < 5) return HIDDEN + characters[length - 1];
  return characters[0] + HIDDEN + characters.slice(-2).join('');
}
