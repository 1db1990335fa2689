/**
 * embed.html: the explainer inside another page's iframe. It also tells a pym.js parent (or
 * embed.js) how tall its content is; index.html never loads this protocol.
 */
import { root } from '../main.tsx';
import { pymParams, startPymChild } from './pymChild.ts';

const pym = pymParams(location.search);
if (pym) startPymChild(pym, root);
