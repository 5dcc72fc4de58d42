import { say, type Message } from "../../src/i18n";

/** A message of the core in words (French unless the test set another locale); undefined stays undefined. */
export const said = (message: Message | undefined): string | undefined => (message ? say(message) : undefined);
