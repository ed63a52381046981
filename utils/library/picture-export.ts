/**
 * A kept picture as each export writes it: an entry of the JSON file, a file in the Markdown zip, a data: URL in
 * the HTML page. Each is built from one picture's bytes at a time and handed back as a Blob, so an export of
 * 10,000 pictures never holds their bytes (or their base64) in the page's memory all at once.
 */
import { bytesToBase64 } from './base64';
import type { StoredPicture } from './schema';

/** What the JSON export writes of a picture: everything but the Blob, whose bytes go in `data` as base64. */
export interface ExportedPicture {
  articleId: string;
  url: string;
  /** The picture's MIME type, as stored. */
  type: string;
  width: number;
  height: number;
  /** The number of bytes `data` decodes to: the import checks it. */
  bytes: number;
  data: string;
}

/** The types of picture an import accepts and exports name files after. */
export const PICTURE_EXTENSIONS: Readonly<Record<string, string>> = {
  'image/jpeg': 'jpg',
  'image/png': 'png',
  'image/gif': 'gif',
  'image/webp': 'webp',
  'image/avif': 'avif',
  'image/svg+xml': 'svg',
};

/** What any other type is exported as: neutral bytes, so nothing downstream trusts its name. */
const OTHER_TYPE = 'application/octet-stream';

/** The types a picture is exported with, and the only ones an import accepts. */
export const EXPORTED_PICTURE_TYPES: readonly string[] = [...Object.keys(PICTURE_EXTENSIONS), OTHER_TYPE];

export const exportedTypeOf = (picture: Pick<StoredPicture, 'blob'>): string => (picture.blob.type in PICTURE_EXTENSIONS ? picture.blob.type : OTHER_TYPE);

export const pictureBytesOf = async (picture: Pick<StoredPicture, 'blob'>): Promise<Uint8Array> => new Uint8Array(await picture.blob.arrayBuffer());

/** The picture's entry in the JSON export. */
export async function pictureJson(picture: StoredPicture): Promise<string> {
  const entry: ExportedPicture = {
    articleId: picture.articleId,
    url: picture.url,
    type: exportedTypeOf(picture),
    width: picture.width,
    height: picture.height,
    bytes: picture.blob.size,
    data: bytesToBase64(await pictureBytesOf(picture)),
  };
  return JSON.stringify(entry);
}

/** The picture as a data: URL, in a Blob (the text of 10,000 of them would not fit in a page's memory). */
export async function pictureDataUrl(picture: StoredPicture): Promise<Blob> {
  return new Blob([`data:${exportedTypeOf(picture)};base64,`, bytesToBase64(await pictureBytesOf(picture))]);
}

/** `stem/1.jpg`: the picture's file in the Markdown zip, in the folder named after its article's file. */
export const pictureFileName = (stem: string, n: number, picture: Pick<StoredPicture, 'blob'>): string => `${stem}/${n}.${PICTURE_EXTENSIONS[picture.blob.type] ?? 'bin'}`;
