import { describe } from 'vitest';
import { staticContentType } from '../../../shared/domain/staticContentTypes';
import { itAnswersEach } from '../../support/examples';

describe('staticContentType (the web shell and the portal serve their bundles with it)', () => {
  itAnswersEach('serves %j as %j', staticContentType, [
    // The text types of a Vite bundle with their charset, fonts by their own type.
    ['.html', 'text/html; charset=utf-8'],
    ['.css', 'text/css; charset=utf-8'],
    ['.woff2', 'font/woff2'],
    // An unknown extension, or none, as bytes rather than guessing.
    ['.exe', 'application/octet-stream'],
    ['', 'application/octet-stream'],
  ]);
});
