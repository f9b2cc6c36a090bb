import type { JournalSource } from '@/utils/models/journal-source';

/**
 * One model per journal source (one per popup), made the first time its view opens and kept
 * after, so what the view showed (the week, the pages) stays while the person looks elsewhere.
 */
export function perSource<Model>(make: (source: JournalSource) => Model): (source: JournalSource) => Model {
  const made = new WeakMap<JournalSource, Model>();
  return (source) => {
    let model = made.get(source);
    if (!model) made.set(source, (model = make(source)));
    return model;
  };
}
