/**
 * A shared formula as it reads in another cell: relative A1 references move by the offset from the
 * master cell, absolute parts ($) stay. Text in quotes, quoted sheet names and structured references
 * ([…]) are left alone, as are function and defined names.
 */
export function shiftFormula(formula: string, dRow: number, dCol: number): string {
  if (dRow === 0 && dCol === 0) return formula;
  let out = "";
  let i = 0;
  while (i < formula.length) {
    const ch = formula[i];
    if (ch === '"' || ch === "'") {
      // A string or a quoted sheet name; a doubled quote stays inside.
      let j = i + 1;
      while (j < formula.length) {
        if (formula[j] === ch) {
          if (formula[j + 1] === ch) j += 2;
          else break;
        } else j++;
      }
      out += formula.slice(i, j + 1);
      i = j + 1;
      continue;
    }
    if (ch === "[") {
      let depth = 0;
      let j = i;
      for (; j < formula.length; j++) {
        if (formula[j] === "[") depth++;
        else if (formula[j] === "]" && --depth === 0) break;
      }
      out += formula.slice(i, j + 1);
      i = j + 1;
      continue;
    }
    const match = /^(\$?)([A-Za-z]{1,3})(\$?)(\d{1,7})/.exec(formula.slice(i, i + 14));
    const before = i > 0 ? formula[i - 1] : "";
    if (match && !/[A-Za-z0-9_.\\]/.test(before)) {
      const end = i + match[0].length;
      const after = formula[end] ?? "";
      if (!/[A-Za-z0-9_.(!]/.test(after)) {
        const [, colAbs, letters, rowAbs, digits] = match;
        const col = colAbs ? lettersToColumn(letters) : lettersToColumn(letters) + dCol;
        const row = rowAbs ? Number(digits) : Number(digits) + dRow;
        if (col >= 1 && row >= 1 && col <= 16384 && row <= 1048576) {
          out += `${colAbs}${columnToLetters(col)}${rowAbs}${row}`;
          i = end;
          continue;
        }
        out += "#REF!";
        i = end;
        continue;
      }
    }
    // Skip whole identifiers (function or defined names) so that their tails are not read as refs.
    const word = /^[A-Za-z_\\][A-Za-z0-9_.\\]*/.exec(formula.slice(i));
    if (word && !/[A-Za-z0-9_.]/.test(before)) {
      out += word[0];
      i += word[0].length;
      continue;
    }
    out += ch;
    i++;
  }
  return out;
}

function lettersToColumn(letters: string): number {
  let col = 0;
  for (const ch of letters.toUpperCase()) col = col * 26 + ch.charCodeAt(0) - 64;
  return col;
}

export function columnToLetters(col: number): string {
  let out = "";
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) out = String.fromCharCode(65 + ((n - 1) % 26)) + out;
  return out;
}
