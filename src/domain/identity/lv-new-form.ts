// Latvian personal codes issued since July 2017 start with 3 and a second digit 2-9, which no
// day of a month starts with; they carry no date of birth. (Its own file: the mask needs it too.)
const NEW_FORM = /^3[2-9]/;

export const isNewLatvianCode = (code: string): boolean => NEW_FORM.test(code);
