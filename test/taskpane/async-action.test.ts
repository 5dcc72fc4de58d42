import { runAsyncAction, type AsyncState } from "../../src/taskpane/hooks";

// The steps every screen's action goes through (useAsyncAction wraps them in React state).
async function steps<R>(work: () => Promise<R>) {
  const seen: AsyncState<R>[] = [];
  const returned = await runAsyncAction(
    work,
    (reason) => `Échec : ${reason}`,
    (state) => seen.push(state),
  );
  return { seen, returned };
}

describe("runAsyncAction", () => {
  it("shows the action as running, then keeps its result", async () => {
    expect(await steps(async () => 42)).toEqual({
      seen: [
        { busy: true, result: null, failure: null },
        { busy: false, result: 42, failure: null },
      ],
      returned: 42,
    });
  });

  it("turns a thrown Error into the screen's sentence, without a rejection to lose, and keeps what was thrown", async () => {
    const thrown = new Error("classeur verrouillé");
    expect(await steps(async () => Promise.reject(thrown))).toEqual({
      seen: [
        { busy: true, result: null, failure: null },
        { busy: false, result: null, failure: { text: "Échec : classeur verrouillé", error: thrown } },
      ],
      returned: undefined,
    });
  });

  it("names something thrown that is not an Error by the pane's own words, in French", async () => {
    const { seen } = await steps(async () => {
      throw { code: 5 };
    });
    expect(seen.at(-1)?.failure?.text).toBe("Échec : erreur inconnue d'Excel.");
  });

  it("keeps a result that is null or undefined as the result, not as a failure", async () => {
    expect((await steps(async () => null)).seen.at(-1)).toEqual({ busy: false, result: null, failure: null });
  });
});
