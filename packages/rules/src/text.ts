/**
 * Folds Vietnamese text for accent- and case-insensitive search: "Thành Công" and
 * "thanh cong" fold to the same key. The đ/Đ letter is not a combining mark, so it is mapped by hand.
 */
export function foldText(input: string): string {
  return input
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}
