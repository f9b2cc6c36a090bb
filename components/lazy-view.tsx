import { h, type ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { t } from '@/utils/i18n';

export type LazyView<P> = ComponentType<P> & { preload: () => void };

/**
 * A view whose code loads when it is first shown, or when `preload` asks after the page's
 * first paint, so a page paints with only what it shows first. A failed load (the extension was
 * updated while the popup was open, say) says so and is tried again the next time.
 */
export function lazyView<P extends object>(load: () => Promise<ComponentType<P>>): LazyView<P> {
  let loaded: ComponentType<P> | undefined;
  let loading: Promise<ComponentType<P>> | undefined;
  const start = () =>
    (loading ??= load().then(
      (component) => (loaded = component),
      (error: unknown) => {
        loading = undefined;
        throw error;
      },
    ));
  function View(props: P) {
    const [view, setView] = useState<{ component?: ComponentType<P>; failed?: boolean }>(() => ({ component: loaded }));
    useEffect(() => {
      if (view.component) return;
      let shown = true;
      start().then(
        (component) => shown && setView({ component }),
        () => shown && setView({ failed: true }),
      );
      return () => {
        shown = false;
      };
    }, []);
    if (view.failed) return <p role="alert">{t('popup_viewFailed')}</p>;
    return view.component ? h(view.component, props) : null;
  }
  return Object.assign(View, { preload: () => void start().catch(() => undefined) });
}
