// Testing Library waits up to 5 s (not 1 s) for what a screen shows: CI runs every package's tests
// at once on 2 cores, where a lazily loaded chunk or a deferred frame can take longer than a second.
import { cleanup, configure } from "@testing-library/react";
import { afterEach } from "vitest";

// A failed query shows at most a screen of the DOM it searched (Testing Library prints all of it:
// thousands of lines that bury the reason).
const SCREEN_LINES = 40;
configure({
  // Generous: beside a busy neighbour (a build, another suite) a screen may take seconds to render.
  asyncUtilTimeout: 10_000,
  getElementError: (message) => {
    const lines = (message ?? "").split("\n");
    const shown =
      lines.length > SCREEN_LINES
        ? [...lines.slice(0, SCREEN_LINES), `… (${lines.length - SCREEN_LINES} dòng nữa)`]
        : lines;
    const error = new Error(shown.join("\n"));
    error.name = "TestingLibraryElementError";
    return error;
  },
});

// Unmount every screen after its test, before jsdom is torn down: React work left scheduled for an
// unmounted tree would otherwise run after `window` is gone.
afterEach(() => cleanup());
