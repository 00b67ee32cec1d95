/** The header's colours (the drawer of the phone menu shares them). */
export const HEADER_BG = '#7f1d1d';
export const GOLD = '#fadb14';
