// What bin/suivi-convention.js does, on the TypeScript sources (tests run it through tsx when dist/ is stale).
import { runFromProcess } from "../../src/cli/process";

void runFromProcess();
