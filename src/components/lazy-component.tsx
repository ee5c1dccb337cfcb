import { lazy, useState } from 'react';
import type { ComponentType } from 'react';

/** Code that loads when first asked for, then stays. */
export interface LazyModule<Module> {
  /** Fetches the module once; after a failure (a flaky network) the next call tries again. */
  load: () => Promise<Module>;
  /** The module, once it has arrived. */
  loaded: () => Module | undefined;
}

export function lazyModule<Module>(importer: () => Promise<Module>): LazyModule<Module> {
  let module: Module | undefined;
  let loading: Promise<Module> | undefined;
  return {
    load: () =>
      (loading ??= importer().then(
        (arrived) => (module = arrived),
        (error: unknown) => {
          loading = undefined;
          throw error;
        },
      )),
    loaded: () => module,
  };
}

/** A component whose code loads when it is first rendered, or earlier through `preload`. */
export type LazyComponent<Props> = ComponentType<Props> & {
  preload: () => Promise<void>;
  /** Whether its code is in, so that it renders at once. */
  loaded: () => boolean;
};

/**
 * The component `name` of a module loaded lazily, shown through the nearest Suspense until its
 * code is in. Once loaded (by `preload`, say, ahead of the first render), it renders at once:
 * React keeps content that replaces a Suspense fallback waiting for 300 ms, and a component
 * already here need not take that way.
 */
export function lazyComponent<Props extends object, Name extends string>(
  importer: () => Promise<Record<Name, ComponentType<Props>>>,
  name: Name,
): LazyComponent<Props> {
  const module = lazyModule(importer);
  const Suspending = lazy<ComponentType<Props>>(async () => ({
    default: (await module.load())[name],
  }));
  function Lazy(props: Props) {
    // Chosen once per mount: switching a mounted component for another would reset its state.
    const [Loaded] = useState<ComponentType<Props> | undefined>(() => module.loaded()?.[name]);
    return Loaded ? <Loaded {...props} /> : <Suspending {...props} />;
  }
  return Object.assign(Lazy, {
    preload: async () => {
      await module.load();
    },
    loaded: () => module.loaded() !== undefined,
  });
}
