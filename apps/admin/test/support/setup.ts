// Testing Library waits up to 5 s (not 1 s) for what a screen shows: CI runs every package's tests
// at once on 2 cores, where a lazily loaded chunk or a deferred frame can take longer than a second.
import { configure } from "@testing-library/react";

configure({ asyncUtilTimeout: 5000 });
