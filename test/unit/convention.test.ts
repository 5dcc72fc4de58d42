import { METZ_2021_2023, parseConvention, conventionYears } from "../../src/core/convention";

describe("the Metz 2021–2023 preset", () => {
  test("carries the seed's figures", () => {
    expect(METZ_2021_2023.number).toBe("0162627");
    expect([METZ_2021_2023.start, METZ_2021_2023.end]).toEqual(["2021-01-01", "2023-12-31"]);
    expect(METZ_2021_2023.etp).toBe(0.5);
    expect(METZ_2021_2023.annualCosts.find((a) => a.year === 2021)?.cost).toBe(46795);
    expect(METZ_2021_2023.instalmentShares).toEqual([0.5, 0.5]);
    expect(METZ_2021_2023.prorataBasis).toBe("days");
    expect(METZ_2021_2023.operator).toBe("Pôle emploi");
  });

  test("does not invent a cost for 2022 and 2023 (revalued by amendment)", () => {
    for (const year of [2022, 2023]) {
      const entry = METZ_2021_2023.annualCosts.find((a) => a.year === year);
      expect(entry?.cost).toBeNull();
      expect(entry?.note).toMatch(/avenant/);
    }
  });

  test("passes its own schema and has the agent's presence schedule (art. 2)", () => {
    expect(parseConvention(METZ_2021_2023).ok).toBe(true);
    expect(METZ_2021_2023.presence).toEqual({ evenWeekDays: [1, 2], oddWeekDays: [1, 2, 3], hoursPerDay: 7.5 });
    expect(conventionYears(METZ_2021_2023)).toEqual([2021, 2022, 2023]);
  });

  test("survives a JSON round trip (a user can start from a JSON copy)", () => {
    const parsed = parseConvention(JSON.parse(JSON.stringify(METZ_2021_2023)));
    expect(parsed.ok && parsed.convention).toEqual(METZ_2021_2023);
  });
});

describe("parseConvention refuses bad settings with French messages naming the field", () => {
  const withChange = (change: Record<string, unknown>) => parseConvention({ ...METZ_2021_2023, ...change });
  const errorsOf = (result: ReturnType<typeof parseConvention>) => (result.ok ? [] : result.errors);

  test("an impossible date", () => {
    const errors = errorsOf(withChange({ start: "2021-02-30" }));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/« start ».*aaaa-mm-jj/);
  });

  test("an end before the start", () => {
    expect(errorsOf(withChange({ end: "2020-12-31" })).join("\n")).toMatch(/« end ».*antérieure/);
  });

  test("shares that do not add up to 100 %", () => {
    expect(errorsOf(withChange({ instalmentShares: [0.5, 0.4] })).join("\n")).toMatch(/instalmentShares.*totaliser 1/);
  });

  test("a year of the period without a cost line", () => {
    const errors = errorsOf(withChange({ annualCosts: [{ year: 2021, cost: 46795 }] }));
    expect(errors.join("\n")).toMatch(/2022/);
    expect(errors.join("\n")).toMatch(/2023/);
  });

  test("a missing field, a wrong type, a duplicated indicator code", () => {
    const { etp: _etp, ...noEtp } = METZ_2021_2023;
    expect(errorsOf(parseConvention(noEtp)).join("\n")).toMatch(/« etp » : valeur obligatoire manquante/);
    expect(errorsOf(withChange({ etp: "0,5" })).join("\n")).toMatch(/« etp » : type incorrect/);
    const twice = [...METZ_2021_2023.indicators, { ...METZ_2021_2023.indicators[0], label: "Autre libellé" }];
    expect(errorsOf(withChange({ indicators: twice })).join("\n")).toMatch(/DE_ACCUEILLIS.*plusieurs fois/);
  });

  test("a list entry Excel would read as a wildcard", () => {
    const lists = { ...METZ_2021_2023.lists, sexe: ["Femme", "Homme*"] };
    expect(errorsOf(withChange({ lists })).join("\n")).toMatch(/lists\.sexe\.1/);
  });

  test("not an object at all", () => {
    expect(parseConvention("hello").ok).toBe(false);
    expect(parseConvention(null).ok).toBe(false);
  });
});
