// A component whose code is a chunk of its own, shown once the chunk has arrived — without
// Suspense: React reveals a Suspense boundary's content no sooner than 300 ms after its fallback
// appeared, which on the landing page was the longest single wait before the dashboard's figures.
import { type ComponentType, useEffect, useState } from "react";

export interface LazyComponent<Props> {
  /** Starts downloading the component's code, once; after a failure, the next call tries again. */
  load(): Promise<ComponentType<Props>>;
  /** The component, once its code has arrived. */
  loaded(): ComponentType<Props> | null;
}

export function lazyComponent<Props>(
  importComponent: () => Promise<{ default: ComponentType<Props> }>,
): LazyComponent<Props> {
  let component: ComponentType<Props> | null = null;
  let loading: Promise<ComponentType<Props>> | null = null;
  return {
    load() {
      loading ??= importComponent().then(
        (module) => {
          component = module.default;
          return component;
        },
        (error: unknown) => {
          loading = null;
          throw error;
        },
      );
      return loading;
    },
    loaded: () => component,
  };
}

/**
 * The component of `lazy`, or null until its code has arrived. A failed download goes to the
 * nearest error boundary, as with React.lazy.
 */
export function useLazyComponent<Props>(lazy: LazyComponent<Props>): ComponentType<Props> | null {
  const [, setArrived] = useState(false);
  const [failure, setFailure] = useState<{ error: unknown } | null>(null);
  const component = lazy.loaded();
  useEffect(() => {
    // What this render showed, not what is there now: code that arrived between the render and
    // this effect still needs the render that shows it (else the fallback stayed for good).
    if (component) return;
    let mounted = true;
    lazy.load().then(
      () => mounted && setArrived(true),
      (error: unknown) => mounted && setFailure({ error }),
    );
    return () => {
      mounted = false;
    };
  }, [lazy, component]);
  if (failure) throw failure.error;
  return component;
}
