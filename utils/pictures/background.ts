/** The background's handler for keeping a saved article's pictures, wired to the browser and the library. */
import { keepArticlePictures, listArticlePictures } from '../library/pictures';
import type { MessageHandlers } from '../messages';
import { fetchDirectly, holdsPictureHost } from './fetch-direct';
import { fetchThroughTab } from './fetch-in-tab';
import { fitPicture } from './fit';
import { keepPictures, type KeepPicturesDeps } from './keep';

export const browserPictureDeps: KeepPicturesDeps = {
  holdsHost: holdsPictureHost,
  fetchInTab: fetchThroughTab,
  fetchDirectly: (url) => fetchDirectly(url),
  fit: fitPicture,
  kept: listArticlePictures,
  store: keepArticlePictures,
};

export const pictureHandlers: MessageHandlers<'pictures:keep'> = {
  'pictures:keep': (request) => keepPictures(request, browserPictureDeps),
};
