import { reflect, warmUpSteps } from '../reflection';
import { overlayKit, type OverlayKit } from './overlay-kit';

/**
 * What a pause needs beyond watching for sends: the analyzer that reads a draft and the
 * window that shows the pause. Both arrive together in one script the first time a person
 * uses a composer (see `./kit-loader`), so pages where nobody writes carry neither.
 */
export type PauseKit = OverlayKit & { reflect: typeof reflect; warmUpSteps: typeof warmUpSteps };

export const pauseKit: PauseKit = { ...overlayKit, reflect, warmUpSteps };
