/** A React hook for preview templates: the units, boards and settings (cms/previews/site-data.ts), re-rendering once they are read. */
import { useEffect, useState } from 'react';
import { loadPreviewData, previewData, type GetCollection, type PreviewData } from './site-data';

/** The data read so far; starts reading on first use. */
export function usePreviewData(getCollection: GetCollection | undefined): PreviewData | undefined {
  const [data, setData] = useState(previewData);
  useEffect(() => {
    if (!getCollection) return;
    let live = true;
    loadPreviewData(getCollection).then(
      (loaded) => live && setData(loaded),
      // Without the data the cards keep their frame and note (previewText.hotlineLoading); the cause goes to the console.
      (error: unknown) => console.warn(error),
    );
    return () => {
      live = false;
    };
  }, [getCollection]);
  return data;
}
