// Character codes (charCodeAt) that the hot loops compare with: reading a word by its codes makes
// no string and runs no expression. Named once here for every module that reads text so.
export const TAB = 9;
/** The last of the ASCII line and space controls from the tab on: \t \n \v \f \r. */
export const CARRIAGE_RETURN = 13;
export const SPACE = 32;
export const EXCLAMATION_MARK = 33;
export const DOLLAR_SIGN = 36;
export const AMPERSAND = 38;
export const APOSTROPHE = 39;
export const OPENING_PARENTHESIS = 40;
export const CLOSING_PARENTHESIS = 41;
export const PLUS_SIGN = 43;
export const COMMA = 44;
export const HYPHEN = 45;
export const FULL_STOP = 46;
export const SLASH = 47;
export const DIGIT_ZERO = 48;
export const DIGIT_NINE = 57;
export const QUESTION_MARK = 63;
export const CAPITAL_A = 65;
export const CAPITAL_S = 83;
export const CAPITAL_Z = 90;
export const UNDERSCORE = 95;
export const LETTER_A = 97;
export const LETTER_D = 100;
export const LETTER_E = 101;
export const LETTER_H = 104;
export const LETTER_S = 115;
export const LETTER_T = 116;
export const LETTER_Z = 122;
/** The last code of ASCII: a greater one is a character other than ASCII's. */
export const ASCII_LAST = 127;
/** Setting this bit of an ASCII letter's code makes it lower case. */
export const LOWER_CASE_BIT = 32;
