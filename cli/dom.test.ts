import { describe, expect, it } from 'vitest';
import { withEmptyStyleBlocks } from './dom';

describe('withEmptyStyleBlocks', () => {
  it.each([
    ['<head><style>p { color: red }</style></head><p>x</p>', '<head><style></style></head><p>x</p>'],
    ['<STYLE type="text/css">a{}</STYLE ><style media="print">b{}</style>', '<style></style><style></style>'],
    ['<style>a</style>text<style>b</style >', '<style></style>text<style></style>'],
    ['<stylesheet>keep</stylesheet><style-x>keep</style-x>', '<stylesheet>keep</stylesheet><style-x>keep</style-x>'],
    ['<style>never closed <p>text</p>', '<style>never closed <p>text</p>'],
    ['<style <style>a</style>', '<style></style>'],
    ['<style>a</styles></style>b', '<style></style>b'],
    ['<style>\n@media { p { x: "</style" } }\n</style>', '<style></style>'],
    ['<style', '<style'],
  ])('%j', (html, expected) => expect(withEmptyStyleBlocks(html)).toBe(expected));
});
