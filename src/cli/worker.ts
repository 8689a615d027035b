// Placeholder: the worker-thread entry for `--jobs`.
import { cleanArticle } from '../index.js';
export default cleanArticle;
