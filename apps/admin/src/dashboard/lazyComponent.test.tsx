// A component whose code arrives later: the fallback until the code is there, then the component; at
// once when the code came before, and when it came while the page rendered; a failed download for
// the error boundary, tried again next time.
import { act, cleanup, render, screen } from "@testing-library/react";
import { Component, type ReactNode } from "react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { type LazyComponent, lazyComponent, useLazyComponent } from "./lazyComponent.ts";

function Greeting({ name }: { name: string }) {
  return <p>Xin chào {name}</p>;
}

/** A component's code whose arrival the test decides. */
function deferredCode() {
  const downloads: { resolve(): void; reject(error: Error): void }[] = [];
  const code = lazyComponent(
    () =>
      new Promise<{ default: typeof Greeting }>((resolve, reject) => {
        downloads.push({ resolve: () => resolve({ default: Greeting }), reject });
      }),
  );
  return { code, downloads };
}

function Landing({ code }: { code: LazyComponent<{ name: string }> }) {
  const Loaded = useLazyComponent(code);
  return Loaded ? <Loaded name="Thảo" /> : <p>Đang tải…</p>;
}

class Boundary extends Component<{ children: ReactNode }, { error: Error | null }> {
  override state = { error: null as Error | null };
  static getDerivedStateFromError(error: Error) {
    return { error };
  }
  override render() {
    return this.state.error ? <p>Lỗi: {this.state.error.message}</p> : this.props.children;
  }
}

describe("useLazyComponent", () => {
  afterEach(() => {
    cleanup();
    vi.restoreAllMocks();
  });

  it("shows the fallback until the component's code has arrived, then the component", async () => {
    const { code, downloads } = deferredCode();
    render(<Landing code={code} />);
    expect(screen.getByText("Đang tải…")).toBeTruthy();
    await act(async () => downloads[0]?.resolve());
    expect(screen.getByText("Xin chào Thảo")).toBeTruthy();
  });

  it("shows the component at once when its code came before, downloading it once", async () => {
    const { code, downloads } = deferredCode();
    void code.load();
    void code.load();
    await act(async () => downloads[0]?.resolve());
    render(<Landing code={code} />);
    expect(screen.getByText("Xin chào Thảo")).toBeTruthy();
    expect(downloads).toHaveLength(1);
  });

  it("shows the component when its code arrives between the render and the effect", async () => {
    // The landing page starts the download before React renders: it may finish in that gap.
    let renderedOnce = false;
    const code: LazyComponent<{ name: string }> = {
      load: () => Promise.resolve(Greeting),
      loaded: () => {
        if (renderedOnce) return Greeting;
        renderedOnce = true;
        return null;
      },
    };
    render(<Landing code={code} />);
    await act(async () => {});
    expect(screen.getByText("Xin chào Thảo")).toBeTruthy();
  });

  it("gives a failed download to the error boundary and downloads again on the next visit", async () => {
    // React reports the error it hands to the boundary.
    vi.spyOn(console, "error").mockImplementation(() => {});
    const { code, downloads } = deferredCode();
    const first = render(
      <Boundary>
        <Landing code={code} />
      </Boundary>,
    );
    await act(async () => downloads[0]?.reject(new Error("mất kết nối")));
    expect(screen.getByText("Lỗi: mất kết nối")).toBeTruthy();
    first.unmount();

    render(<Landing code={code} />);
    await act(async () => downloads[1]?.resolve());
    expect(screen.getByText("Xin chào Thảo")).toBeTruthy();
  });
});
