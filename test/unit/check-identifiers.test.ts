import { findIdentifiers, maskIdentifier, nirKeyIsValid } from "../../src/core/check/identifiers";

describe("NIR key", () => {
  // Working: 1 85 05 78 006 084 → 1850578006084 mod 97. 1850578006084 = 97 × 19078123774 + 6
  // (97 × 19078123774 = 1850578006078), so the key is 97 − 6 = 91.
  it("accepts the key 97 − (number mod 97)", () => {
    expect(nirKeyIsValid("1850578006084", 91)).toBe(true);
    expect(nirKeyIsValid("1850578006084", 90)).toBe(false);
  });

  // Corsica: 2A is read as 19, so 185052A006084 → 1850519006084; 1850519006084 = 97 × 19077515526 + 62
  // (97 × 19077515526 = 1850519006022), key 97 − 62 = 35.
  it("reads 2A as 19 for Corsica", () => {
    expect(nirKeyIsValid("185052A006084", 35)).toBe(true);
  });
});

describe("identifiers in free text", () => {
  it.each([
    ["Tél : 06 12 34 56 78", "phone"],
    ["joindre au 0612345678", "phone"],
    ["portable +33 6 45 78 12 90", "phone"],
    ["fixe 03.87.55.12.34", "phone"],
    ["0033 7 81 22 45 10", "phone"],
    ["jean.dupont@gmail.com", "email"],
    ["NIR 1 85 05 78 006 084 91", "nir"],
    ["sécu 185057800608491", "nir"],
    ["NIR sans clé 2 92 03 57 463 012", "nir"],
    ["NIR corse 1 85 05 2A 006 084 35", "nir"],
    // After its label, a wrong key (90, not 91) is a typo: the number is still the person's NIR.
    ["NIR 1 85 05 78 006 084 90", "nir"],
    ["n° SS 2 92 03 57 463 012 99", "nir"],
    ["Numéro de sécurité sociale : 1 85 05 78 006 084 12", "nir"],
  ])("finds %s", (text, kind) => {
    expect(findIdentifiers(text).map((h) => h.kind)).toEqual([kind]);
  });

  it.each([
    "Offre n° 123QWRT, salaire 1 747 € brut",
    "RDV le 14/06/2021 à 9 h 30",
    "Convention n° 0162627",
    "23 398 € versés en deux fois",
    "SIRET 123 456 789 00012",
    // A NIR's shape with a wrong key and no label: some other long number.
    "Commande 185057800608490 livrée",
  ])("does not take « %s » for an identifier", (text) => {
    expect(findIdentifiers(text)).toEqual([]);
  });

  it("masks what it reports", () => {
    const [phone] = findIdentifiers("06 12 34 56 78");
    expect(maskIdentifier(phone)).toBe("06…78");
    const [email] = findIdentifiers("jean.dupont@gmail.com");
    expect(maskIdentifier(email)).toBe("j…@gmail.com");
  });
});
