// Vietnamese without its marks, for search: "hai hoa" must find "Hải Hòa". NFD splits a letter from its tone and vowel marks
// (combining U+0300–U+036F), which are then dropped; đ/Đ is a letter of its own, not d with a mark, so it is mapped by hand.
export function foldDiacritics(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}
