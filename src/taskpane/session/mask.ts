/**
 * Personnel data on screen: an 18-digit ID number shows only its region code and its last four
 * characters (410902********1234), wherever it appears in a message or a cell.
 */
const ID_NUMBER = /(?<![0-9])([0-9]{6})[0-9]{8}([0-9]{3}[0-9Xx])(?![0-9A-Za-z])/g;

export function maskIdNumbers(text: string): string {
  return text.replace(ID_NUMBER, "$1********$2");
}
