export * from "./period";
export * from "./tally";
export * from "./sections";
export * from "./financing";
